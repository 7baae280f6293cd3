// Target descriptions: how to build and run an artifact for one platform. Adding a target is
// adding one entry to MakeTargets() in targets.cc.
#pragma once
#include <string>
#include <vector>

namespace fxn::toolchains {

enum class HarnessKind {
  kNative,    // runtime/harness.c built for the target, loading the library (dlopen, LoadLibrary)
  kNodeWasi,  // runtime/harness.mjs, run by Node, instantiating the .wasm module
};

struct Target {
  std::string name;                     // "linux-arm64"
  std::string triple;                   // clang --target
  std::string compiler;                 // absolute path of clang++
  std::vector<std::string> cxx_flags;   // every compile, runtime and generated code alike
  std::vector<std::string> link_flags;  // linking the library
  std::vector<std::string> harness_link_flags;
  std::string library_prefix;           // "lib"
  std::string library_suffix;           // ".so", ".dll", ".wasm"
  std::string harness_suffix;           // ".exe" on Windows
  HarnessKind harness = HarnessKind::kNative;
  std::vector<std::string> runner;      // prefix to run a target binary; empty: run natively
  // wine keeps per-user state, a "prefix" (about 15 s to make): the toolchain makes one under
  // the cache directory while it prepares, and points the runner at it (WINEPREFIX).
  bool runner_uses_wine_prefix = false;
  std::vector<std::string> required_files;  // sysroots etc. that must exist to build
  std::vector<std::string> sysroot_files;   // whose bytes enter the toolchain digest
  std::string unavailable_reason;       // set when the target can never be built here
  std::string install_hint;             // what makes it available
  std::vector<std::string> bundle_extras;  // runtime files shipped in the bundle besides fxn.h
};

const std::vector<Target>& AllTargets();
const Target* FindTarget(const std::string& name);
// "unknown target 'X'; known targets: a, b, ...": every place that refuses a target says this.
std::string UnknownTargetMessage(const std::string& name);
// The target fxn runs on (what `fxn push` builds by default).
std::string HostTargetName();

// Empty when the target's toolchain is present on this machine; else why not.
std::string CheckAvailable(const Target& target);
// Empty when artifacts can be run (and so verified) here; else why not.
std::string CheckRunner(const Target& target);

}  // namespace fxn::toolchains
