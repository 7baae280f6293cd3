#include "worker/sandbox.h"

#include <unistd.h>

#include <filesystem>

#include "support/subprocess.h"

namespace fxn::worker {

SandboxPlan PlanSandbox(const std::string& tracer_binary) {
  SandboxPlan plan;
  const char* bwrap = "/usr/bin/bwrap";
  if (access(bwrap, X_OK) != 0) {
    plan.mode = "seccomp+rlimits";
    plan.note = "bubblewrap is not installed";
    return plan;
  }
  std::string dir = std::filesystem::path(tracer_binary).parent_path().string();
  std::vector<std::string> prefix = {
      bwrap, "--unshare-all", "--die-with-parent", "--new-session",
      "--ro-bind", "/usr", "/usr",
      "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
      "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
      "--ro-bind-try", "/etc/alternatives", "/etc/alternatives",
      "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
      "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--chdir", "/tmp",
      "--ro-bind", dir, dir,
      "--setenv", "HOME", "/tmp",
      "--"};
  std::vector<std::string> probe = prefix;
  probe.push_back("/bin/true");
  auto r = RunSubprocess(probe, "", {.wall_timeout = std::chrono::seconds(10)});
  if (!r.ok() || !r->ok()) {
    plan.mode = "seccomp+rlimits";
    plan.note = "bubblewrap cannot create namespaces here (" + (r.ok() ? r->stderr_data : std::string(r.status().message())) + ")";
    return plan;
  }
  plan.prefix = std::move(prefix);
  plan.mode = "bubblewrap";
  return plan;
}

}  // namespace fxn::worker
