// Target descriptions: how to build and run an artifact for one platform. Adding a target is
// adding one entry to kTargets in targets.cc.
#pragma once
#include <string>
#include <vector>

namespace fxn::toolchains {

struct Target {
  std::string name;                     // "linux-x86_64"
  std::string triple;                   // clang --target
  std::string compiler;                 // absolute path of clang++
  std::vector<std::string> cxx_flags;   // every compile, runtime and generated code alike
  std::vector<std::string> link_flags;  // linking the shared library
  std::vector<std::string> harness_link_flags;
  std::string library_prefix;           // "lib"
  std::string library_suffix;           // ".so"
  std::vector<std::string> runner;      // prefix to run a target binary; empty: run natively
  std::vector<std::string> required_files;  // sysroots etc. that must exist
  std::string unavailable_reason;       // set when the target can never be built here
};

const std::vector<Target>& AllTargets();
const Target* FindTarget(const std::string& name);
// The target fxn runs on (what `fxn push` builds by default).
std::string HostTargetName();

// Empty when the target's toolchain is present on this machine; else why not.
std::string CheckAvailable(const Target& target);

}  // namespace fxn::toolchains
