#include "tracer_sandbox/sandbox.h"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>

#include "absl/strings/str_cat.h"
#include "support/subprocess.h"

extern char** environ;

namespace fxn::tracer {
namespace {

constexpr const char* kBwrap = "/usr/bin/bwrap";
constexpr const char* kTracerInside = "/fxn/fxn-trace";

std::vector<std::string> BubblewrapPrefix(const std::string& tracer_binary) {
  return {kBwrap, "--unshare-all", "--die-with-parent", "--new-session",
          "--ro-bind", "/usr", "/usr",
          "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
          "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
          // The dynamic loader's cache, and the alternatives links that pick NumPy's BLAS.
          "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
          "--ro-bind-try", "/etc/alternatives", "/etc/alternatives",
          "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--chdir", "/tmp",
          // The tracer binary alone, not the folder it lives in (a build tree, an install prefix).
          "--ro-bind", tracer_binary, kTracerInside,
          "--"};
}

absl::StatusOr<SandboxPlan> Plan(const std::string& tracer_binary) {
  std::error_code ec;
  std::string binary = std::filesystem::canonical(tracer_binary, ec).string();
  if (ec) return absl::NotFoundError(absl::StrCat("the tracer ", tracer_binary, " is missing: ", ec.message()));
  SandboxPlan plan;
  plan.environment = SandboxEnvironment();
  std::string why;
  if (access(kBwrap, X_OK) != 0) {
    why = "bubblewrap is not installed (apt-get install bubblewrap)";
  } else {
    std::vector<std::string> probe = BubblewrapPrefix(binary);
    probe.push_back("/bin/true");
    SubprocessLimits limits;
    limits.wall_timeout = std::chrono::seconds(10);
    limits.environment = plan.environment;
    auto r = RunSubprocess(probe, "", limits);
    if (r.ok() && r->ok()) {
      plan.prefix = BubblewrapPrefix(binary);
      plan.tracer_path = kTracerInside;
      plan.mode = "bubblewrap";
      return plan;
    }
    why = absl::StrCat("bubblewrap cannot create namespaces here (",
                       r.ok() ? r->stderr_data.substr(0, 300) : std::string(r.status().message()),
                       "); allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1) or run as root");
  }
  const char* opt_in = std::getenv("FXN_SANDBOX");
  if (opt_in && std::strcmp(opt_in, "seccomp") == 0) {
    plan.tracer_path = binary;
    plan.mode = "seccomp+rlimits";
    return plan;
  }
  return absl::FailedPreconditionError(absl::StrCat(
      "fxn runs the code it traces only inside its sandbox, and the sandbox cannot start: ", why,
      ". To trace with seccomp and rlimits alone (no filesystem, PID or network isolation), set FXN_SANDBOX=seccomp"));
}

}  // namespace

std::vector<std::string> SandboxEnvironment() {
  std::vector<std::string> env = {"PATH=/usr/bin:/bin", "HOME=/tmp", "LANG=C.UTF-8"};
  for (char** e = environ; e && *e; ++e) {
    std::string_view var(*e);
    if (var.starts_with("OPENBLAS_") || var.starts_with("OMP_NUM_THREADS=")) env.emplace_back(var);
  }
  return env;
}

absl::StatusOr<SandboxPlan> PlanSandbox(const std::string& tracer_binary) {
  static std::mutex mu;
  static std::map<std::string, absl::StatusOr<SandboxPlan>> plans;
  std::lock_guard lock(mu);
  auto it = plans.find(tracer_binary);
  if (it == plans.end()) it = plans.emplace(tracer_binary, Plan(tracer_binary)).first;
  return it->second;
}

}  // namespace fxn::tracer
