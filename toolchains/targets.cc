#include "toolchains/targets.h"

#include <unistd.h>

#include <filesystem>

namespace fxn::toolchains {
namespace {

// Flags every artifact is built with. -ffp-contract=off: no FMA contraction, so float results
// match CPython's operation by operation; never -ffast-math. -fno-math-errno only drops errno
// writes (the kernels check results, not errno), which lets sqrt become one instruction.
const std::vector<std::string> kCommonFlags = {
    "-std=c++20", "-O2", "-ffp-contract=off", "-fno-math-errno", "-fno-exceptions", "-fno-rtti",
    "-fvisibility=hidden", "-fPIC", "-w"};

std::vector<Target> MakeTargets() {
  std::vector<Target> targets;
  Target linux_x86_64;
  linux_x86_64.name = "linux-x86_64";
  linux_x86_64.triple = "x86_64-linux-gnu";
  linux_x86_64.compiler = FXN_CLANGXX;
  linux_x86_64.cxx_flags = kCommonFlags;
  linux_x86_64.cxx_flags.insert(linux_x86_64.cxx_flags.begin(), "--target=x86_64-linux-gnu");
  linux_x86_64.link_flags = {"-shared", "-fuse-ld=lld", "-Wl,--as-needed", "-lm"};
  linux_x86_64.harness_link_flags = {"-fuse-ld=lld", "-ldl"};
  linux_x86_64.library_prefix = "lib";
  linux_x86_64.library_suffix = ".so";
  targets.push_back(linux_x86_64);
  return targets;
}

}  // namespace

const std::vector<Target>& AllTargets() {
  static const std::vector<Target> targets = MakeTargets();
  return targets;
}

const Target* FindTarget(const std::string& name) {
  for (const auto& t : AllTargets())
    if (t.name == name) return &t;
  return nullptr;
}

std::string HostTargetName() { return "linux-x86_64"; }

std::string CheckAvailable(const Target& target) {
  if (!target.unavailable_reason.empty()) return target.unavailable_reason;
  if (access(target.compiler.c_str(), X_OK) != 0) return "compiler " + target.compiler + " is not installed (run scripts/setup.sh)";
  for (const auto& f : target.required_files)
    if (!std::filesystem::exists(f)) return f + " is missing (run scripts/setup.sh)";
  for (const auto& r : target.runner)
    if (!r.empty() && r[0] == '/' && access(r.c_str(), X_OK) != 0) return "runner " + r + " is not installed";
  return "";
}

}  // namespace fxn::toolchains
