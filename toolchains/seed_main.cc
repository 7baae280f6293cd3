// fxn-seed-toolchain DIR: builds the host target's support files (runtime objects, precompiled
// header, harness) into DIR during the project's build, so a fresh install's first push finds
// them ready (toolchain.cc looks beside the binaries) instead of building them then.
#include <filesystem>
#include <iostream>

#include "toolchains/targets.h"
#include "toolchains/toolchain.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: fxn-seed-toolchain DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  const auto* host = fxn::toolchains::FindTarget(fxn::toolchains::HostTargetName());
  auto tc = host ? fxn::toolchains::Toolchain::Open(*host, dir) : absl::NotFoundError("no host target");
  if (!tc.ok()) {
    std::cerr << "fxn-seed-toolchain: " << tc.status().message() << "\n";
    return 1;
  }
  if (auto s = tc->Prepare(); !s.ok()) {
    std::cerr << "fxn-seed-toolchain: " << s.message() << "\n";
    return 1;
  }
  // Seeds of older sources for the same target are dead weight: keep only the current one.
  std::error_code ec;
  const std::string keep = std::filesystem::path(tc->include_dir()).parent_path().filename().string();
  for (const auto& entry : std::filesystem::directory_iterator(dir + "/toolchains", ec)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with(host->name + "-") && name != keep) std::filesystem::remove_all(entry.path(), ec);
  }
  return 0;
}
