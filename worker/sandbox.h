// The sandbox every trace runs in (DESIGN.md "Sandbox"): its own process, no network, a
// read-only view of the system, a private /tmp, rlimits, a seccomp filter (installed by
// fxn-trace itself before it runs user code) and a wall-clock timeout. bubblewrap provides the
// namespaces; where user namespaces are unavailable, seccomp + rlimits remain.
#pragma once
#include <string>
#include <vector>

namespace fxn::worker {

struct SandboxPlan {
  std::vector<std::string> prefix;  // prepended to the tracer's argv (bwrap ...), or empty
  std::string mode;                 // "bubblewrap" or "seccomp+rlimits"
  std::string note;                 // why bubblewrap is not used, when it is not
};

// Probes once whether bubblewrap can create the namespaces here.
SandboxPlan PlanSandbox(const std::string& tracer_binary);

}  // namespace fxn::worker
