// The tracer: embeds Debian's CPython 3.11, installs a PEP 523 frame-evaluation hook that
// records every frame of the user's file, runs the entry on the samples, and turns source plus
// observations into typed IR (via the Python front end in python/). Runs the user's code, so
// it is meant to run in its own sandboxed process: see fxn_trace_main.cc and RunTracer().
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "ir/ir.h"
#include "trace.pb.h"

namespace fxn::tracer {

// In-process: initializes the interpreter (once per process) and traces. The caller's process
// runs arbitrary user code: only fxn-trace, inside the sandbox, calls this.
// `before_user_code` runs after the interpreter is up and before the user's module executes
// (fxn-trace installs its seccomp filter there).
proto::TraceResult TraceInProcess(const proto::TraceRequest& request,
                                  const std::function<absl::Status()>& before_user_code = nullptr);

struct TracerOptions {
  std::string tracer_binary;  // default: fxn-trace next to the running executable
  int timeout_seconds = 60;
  uint64_t memory_bytes = 4ull << 30;
};

// The one way fxn runs a trace: fxn-trace in the sandbox (sandbox.h) with rlimits and a
// wall-clock timeout. Its output is untrusted and checked with CheckTraceResult before it is
// returned. A timeout or a crash of the tracer is an error status (DeadlineExceeded, Aborted)
// whose message is for the user; diagnostics about the user's code come back in the result.
absl::StatusOr<proto::TraceResult> RunTracer(const proto::TraceRequest& request, const TracerOptions& options = {});

// Checks a TraceResult as untrusted input (user code ran where it was made): names that will
// reach paths and generated code are Python identifiers, sizes are bounded, the IR converts and
// verifies. Returns the verified module (an empty one when the result carries diagnostics).
absl::StatusOr<ir::Module> CheckTraceResult(const proto::TraceResult& result);

// A digest of what decides a trace's result besides its request: the front end's Python
// sources and the operator registry it types against. Part of every trace's cache key.
const std::string& FrontEndDigest();

}  // namespace fxn::tracer
