// The tracer: embeds Debian's CPython 3.11, installs a PEP 523 frame-evaluation hook that
// records every frame of the user's file, runs the entry on the samples, and turns source plus
// observations into typed IR (via the Python front end in python/). It runs the user's code,
// so only fxn-trace (fxn_trace_main.cc) calls it, inside the sandbox: everything else goes
// through tracer::RunTracer (trace_client.h).
#pragma once
#include <functional>

#include "absl/status/status.h"
#include "trace.pb.h"

namespace fxn::tracer {

// Initializes the interpreter (once per process) and traces. `before_user_code` runs after the
// interpreter is up and before the user's module executes (fxn-trace installs its seccomp
// filter there).
proto::TraceResult TraceInProcess(const proto::TraceRequest& request,
                                  const std::function<absl::Status()>& before_user_code = nullptr);

}  // namespace fxn::tracer
