// The tracer: embeds Debian's CPython 3.11, installs a PEP 523 frame-evaluation hook that
// records every frame of the user's file, runs the entry on the samples, and turns source plus
// observations into typed IR (via the Python front end in python/). Runs the user's code, so
// it is meant to run in its own sandboxed process: see fxn_trace_main.cc and RunTracer().
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "trace.pb.h"

namespace fxn::tracer {

// In-process: initializes the interpreter (once per process) and traces. The caller's process
// runs arbitrary user code; use RunTracer for isolation.
// `before_user_code` runs after the interpreter is up and before the user's module executes
// (fxn-trace installs its seccomp filter there).
proto::TraceResult TraceInProcess(const proto::TraceRequest& request,
                                  const std::function<absl::Status()>& before_user_code = nullptr);

struct TracerOptions {
  std::string tracer_binary;  // default: fxn-trace next to the running executable
  std::vector<std::string> sandbox_prefix;  // e.g. bwrap ... --, prepended to the command
  bool seccomp = false;                     // fxn-trace --sandbox: seccomp before user code
  int timeout_seconds = 60;
  uint64_t memory_bytes = 4ull << 30;
};

// Out of process: runs fxn-trace with rlimits and a wall-clock timeout, and checks its output
// (the IR is parsed and verified before it is returned).
absl::StatusOr<proto::TraceResult> RunTracer(const proto::TraceRequest& request, const TracerOptions& options = {});

// A digest of what decides a trace's result besides its request: the front end's Python
// sources and the operator registry it types against. Part of every trace's cache key.
const std::string& FrontEndDigest();

}  // namespace fxn::tracer
