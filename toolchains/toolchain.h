// A target's toolchain in use: compiles generated C++ into a shared library, and runs a
// library through the target's harness (natively or under the target's runner). Opening one is
// cheap (its digest); the support files (runtime objects, precompiled header, harness) are built
// once per toolchain digest, when something first needs them, and kept in the cache directory.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "toolchains/targets.h"

namespace fxn::toolchains {

class Toolchain {
 public:
  // Fails when the target is unavailable here. Builds nothing: see Prepare.
  static absl::StatusOr<Toolchain> Open(const Target& target, const std::string& cache_dir);

  // Builds the support files unless they are there (any process may have built them: a file
  // lock serializes the builders). BuildLibrary and Run call it; a worker may call it ahead.
  absl::Status Prepare() const;

  const Target& target() const { return *target_; }
  // SHA-256 over the compiler's bytes, the flags and the runtime and kernel sources: changes
  // whenever anything that shapes an artifact does.
  const std::string& digest() const { return digest_; }
  // "clang version 19.1.x ..." (first line of --version), for manifests; prepares first.
  std::string version() const;
  const std::string& include_dir() const { return include_dir_; }
  // Whether artifacts can be run here (natively or under the target's runner), and so verified.
  bool can_run() const { return CheckRunner(*target_).empty(); }

  // Compiles `source` into out_dir/<prefix><name><suffix>. A compiler error comes back as
  // InvalidArgument carrying the compiler's diagnostics. The same source compiled before with
  // this toolchain digest is copied from the library cache instead (a fuzzed push, new samples
  // of the same types: the IR and so the C++ are unchanged).
  absl::StatusOr<std::string> BuildLibrary(const std::string& source, const std::string& name,
                                           const std::string& out_dir) const;

  // Calls the library's fxn_call once per line of `args_lines` (each a JSON array) and returns
  // the harness's JSON result lines, one per call.
  absl::StatusOr<std::vector<std::string>> Run(const std::string& library, const std::vector<std::string>& args_lines,
                                               std::chrono::seconds timeout = std::chrono::seconds(600)) const;

 private:
  std::string PrecompiledHeader() const { return support_dir_ + "/fxn_prelude.pch"; }
  absl::Status PrepareSupportFiles(const std::string& dir) const;
  absl::Status PrepareWinePrefix() const;
  // The runner's environment: ours, plus WINEPREFIX for wine. Unset: inherit ours.
  std::optional<std::vector<std::string>> RunnerEnvironment() const;

  const Target* target_ = nullptr;
  std::string digest_;
  std::string support_dir_;
  std::string include_dir_;
  std::vector<std::string> runtime_objects_;
  std::string harness_;
  std::string wine_prefix_;  // empty unless the runner is wine and installed
  std::string library_cache_;  // CACHE/libraries/<target>-<digest>: <sha256 of name and source><suffix>
};

}  // namespace fxn::toolchains
