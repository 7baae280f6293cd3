// The seccomp filter fxn-trace installs on itself before it runs user code: no new processes
// or programs, no sockets, none of the calls that reach outside a sandbox (ptrace, mount,
// namespaces, kernel modules, bpf, ...). Threads stay allowed. Each refused call fails with
// EPERM, which Python reports as PermissionError.
#pragma once
#include "absl/status/status.h"

namespace fxn::tracer {
absl::Status InstallSeccompFilter();
}  // namespace fxn::tracer
