#include "toolchains/targets.h"

#include "absl/strings/str_cat.h"
#include "support/untrusted.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "absl/strings/str_split.h"

namespace fxn::toolchains {
namespace {

// Flags every artifact is built with. -ffp-contract=off: no FMA contraction, so float results
// match CPython's operation by operation; never -ffast-math. -fno-math-errno only drops errno
// writes (the kernels check results, not errno), which lets sqrt become one instruction.
const std::vector<std::string> kCommonFlags = {"-std=c++20", "-O2", "-ffp-contract=off", "-fno-math-errno",
                                               "-fno-exceptions", "-fno-rtti", "-fvisibility=hidden", "-w"};

Target Linux(const std::string& name, const std::string& triple, std::vector<std::string> arch_flags,
             const std::string& qemu) {
  Target t;
  t.name = name;
  t.triple = triple;
  t.compiler = FXN_CLANGXX;
  t.cxx_flags = {"--target=" + triple};
  t.cxx_flags.insert(t.cxx_flags.end(), arch_flags.begin(), arch_flags.end());
  t.cxx_flags.insert(t.cxx_flags.end(), kCommonFlags.begin(), kCommonFlags.end());
  t.cxx_flags.push_back("-fPIC");
  t.link_flags = {"-shared", "-fuse-ld=lld", "-Wl,--as-needed", "-lm"};
  t.harness_link_flags = {"-fuse-ld=lld", "-ldl"};
  t.library_prefix = "lib";
  t.library_suffix = ".so";
  if (!qemu.empty()) {
    std::string sysroot = "/usr/" + triple;
    t.runner = {"qemu-" + qemu, "-L", sysroot};
    t.required_files = {sysroot + "/lib/libc.so.6", "/usr/lib/gcc-cross/" + triple};
    t.sysroot_files = {sysroot + "/lib/libc.so.6", sysroot + "/lib/libm.so.6", sysroot + "/lib/libstdc++.so.6"};
    t.install_hint = "apt-get install g++-" + triple + " qemu-user (scripts/setup.sh does)";
  } else {
    t.sysroot_files = {"/lib/x86_64-linux-gnu/libc.so.6", "/lib/x86_64-linux-gnu/libm.so.6"};
  }
  return t;
}

std::vector<Target> MakeTargets() {
  std::vector<Target> targets;
  targets.push_back(Linux("linux-x86_64", "x86_64-linux-gnu", {}, ""));
  targets.push_back(Linux("linux-arm64", "aarch64-linux-gnu", {}, "aarch64"));
  targets.push_back(Linux("linux-armv7", "arm-linux-gnueabihf", {"-march=armv7-a", "-mfpu=vfpv3-d16", "-mfloat-abi=hard"}, "arm"));
  targets.push_back(Linux("linux-riscv64", "riscv64-linux-gnu", {}, "riscv64"));
  targets.push_back(Linux("linux-ppc64le", "powerpc64le-linux-gnu", {}, "ppc64le"));
  // Big-endian: the value model's binary forms (tensor buffers, .npy) are converted at the edges.
  targets.push_back(Linux("linux-s390x", "s390x-linux-gnu", {}, "s390x"));
  // 32-bit x86: SSE2 arithmetic, so a double rounds once per operation as on x86-64 (x87's
  // 80-bit registers would round twice and differ from CPython in the last bit).
  targets.push_back(Linux("linux-i686", "i686-linux-gnu", {"-msse2", "-mfpmath=sse"}, "i386"));

  Target wasm;
  wasm.name = "wasm32-wasi";
  wasm.triple = "wasm32-wasi";
  wasm.compiler = FXN_CLANGXX;
  wasm.cxx_flags = {"--target=wasm32-wasi", "--sysroot=/usr"};
  wasm.cxx_flags.insert(wasm.cxx_flags.end(), kCommonFlags.begin(), kCommonFlags.end());
  // A reactor: no main; the loader calls _initialize, then the exported entry points.
  // 8 MiB of stack, as a Linux thread has: 1000 Python frames must fit (wasm-ld's default is
  // 64 KiB, and a wasm stack overflow corrupts memory instead of faulting).
  wasm.link_flags = {"-mexec-model=reactor", "-Wl,--export-dynamic", "-Wl,-z,stack-size=8388608"};
  wasm.library_suffix = ".wasm";
  wasm.harness = HarnessKind::kNodeWasi;
  wasm.bundle_extras = {"fxn_wasm.mjs"};  // the JavaScript loader, for Node and browsers
  wasm.runner = {"node", "--no-warnings"};
  wasm.required_files = {"/usr/lib/wasm32-wasi/libc.a", "/usr/lib/wasm32-wasi/libc++.a",
                         "/usr/lib/llvm-19/lib/clang/19/lib/wasi"};
  wasm.sysroot_files = {"/usr/lib/wasm32-wasi/libc.a", "/usr/lib/wasm32-wasi/libc++.a"};
  wasm.install_hint = "apt-get install wasi-libc libc++-19-dev-wasm32 libclang-rt-19-dev-wasm32 nodejs";
  targets.push_back(wasm);

  Target win;
  win.name = "windows-x86_64";
  win.triple = "x86_64-w64-mingw32";
  win.compiler = FXN_CLANGXX;
  // mingw's own printf: exact decimal expansion, which round(x, n) relies on (msvcrt's is not).
  win.cxx_flags = {"--target=x86_64-w64-mingw32", "-D__USE_MINGW_ANSI_STDIO=1"};
  win.cxx_flags.insert(win.cxx_flags.end(), kCommonFlags.begin(), kCommonFlags.end());
  win.link_flags = {"-shared", "-fuse-ld=lld", "-static-libgcc", "-static-libstdc++", "-Wl,-Bstatic", "-lpthread"};
  win.harness_link_flags = {"-fuse-ld=lld", "-static"};
  win.library_suffix = ".dll";
  win.harness_suffix = ".exe";
  // Debian's wine64 puts its loader here (/usr/bin/wine64 is only the `wine` package's
  // wrapper). The toolchain gives it a prefix of its own under the cache directory.
  win.runner = {"/usr/lib/wine/wine64"};
  win.runner_uses_wine_prefix = true;
  win.required_files = {"/usr/x86_64-w64-mingw32/lib/libmsvcrt.a", "/usr/lib/gcc/x86_64-w64-mingw32"};
  win.sysroot_files = {"/usr/x86_64-w64-mingw32/lib/libmsvcrt.a", "/usr/x86_64-w64-mingw32/lib/libucrt.a"};
  win.install_hint = "apt-get install g++-mingw-w64-x86-64 (and wine64 to verify; scripts/setup.sh does)";
  targets.push_back(win);

  for (const auto& [name, triple, why] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"macos-arm64", "arm64-apple-macos11", "needs Apple's macOS SDK, which is only licensed for Apple hardware and "
                                                   "is not packaged for Debian"},
           {"ios-arm64", "arm64-apple-ios14", "needs Apple's iOS SDK (Xcode), which is not packaged for Debian"},
           {"android-arm64", "aarch64-linux-android24", "needs the Android NDK's sysroot, which is not packaged for Debian"}}) {
    Target vendor;
    vendor.name = name;
    vendor.triple = triple;
    vendor.unavailable_reason = why;
    targets.push_back(vendor);
  }
  return targets;
}

bool OnPath(const std::string& program) {
  if (program.find('/') != std::string::npos) return access(program.c_str(), X_OK) == 0;
  const char* path = std::getenv("PATH");
  for (auto dir : absl::StrSplit(path ? path : "/usr/bin:/bin", ':')) {
    std::string candidate = std::string(dir) + "/" + program;
    if (access(candidate.c_str(), X_OK) == 0) return true;
  }
  return false;
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

std::string UnknownTargetMessage(const std::string& name) {
  std::string names;
  for (const auto& t : AllTargets()) names += (names.empty() ? "" : ", ") + t.name;
  return absl::StrCat("unknown target '", QuoteForMessage(name), "'; known targets: ", names);
}

std::string HostTargetName() { return "linux-x86_64"; }

std::string CheckAvailable(const Target& target) {
  if (!target.unavailable_reason.empty()) return target.unavailable_reason;
  if (access(target.compiler.c_str(), X_OK) != 0) return "compiler " + target.compiler + " is not installed (run scripts/setup.sh)";
  for (const auto& f : target.required_files) {
    if (!std::filesystem::exists(f)) {
      return f + " is missing" + (target.install_hint.empty() ? "" : ": " + target.install_hint);
    }
  }
  return "";
}

std::string CheckRunner(const Target& target) {
  if (target.runner.empty()) return "";
  if (!OnPath(target.runner[0])) {
    std::string program = target.runner[0].substr(target.runner[0].rfind('/') + 1);
    return program + " is not installed, so artifacts are compiled but not verified";
  }
  return "";
}

}  // namespace fxn::toolchains
