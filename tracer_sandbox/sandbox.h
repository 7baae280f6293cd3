// The sandbox every trace runs in (WORKSPACE.md "The trace sandbox"): fxn-trace in its own
// mount, PID, network, IPC and UTS namespaces (bubblewrap) that hold only what the tracer needs
// (the fxn-trace binary, /usr read-only: its libraries, Python's standard library, NumPy; a
// private /tmp and /proc), a clean environment, rlimits, a wall-clock timeout, and a seccomp
// filter fxn-trace installs itself before the user's module runs. Without bubblewrap traces
// are refused, unless FXN_SANDBOX=seccomp explicitly accepts seccomp and rlimits alone.
#pragma once
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace fxn::tracer {

struct SandboxPlan {
  std::vector<std::string> prefix;       // prepended to the tracer's argv (bwrap ... --), or empty
  std::string tracer_path;               // fxn-trace's path as the sandboxed process sees it
  std::vector<std::string> environment;  // the sandbox's whole environment
  std::string mode;                      // "bubblewrap" or "seccomp+rlimits"
};

// Plans (and probes, once per process and binary) the sandbox for `tracer_binary`. Fails with
// a message that says what to do when bubblewrap cannot run here and FXN_SANDBOX=seccomp is
// not set.
absl::StatusOr<SandboxPlan> PlanSandbox(const std::string& tracer_binary);

// The variables a sandboxed trace sees: a fixed PATH, HOME and locale, plus OpenBLAS's and
// OpenMP's tuning variables (NumPy's BLAS can crash without OPENBLAS_CORETYPE on some CPUs);
// nothing else of the caller's environment (tokens, keys) crosses.
std::vector<std::string> SandboxEnvironment();

}  // namespace fxn::tracer
