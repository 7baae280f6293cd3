// What the host side needs from tracing, without an interpreter of its own: run a trace in the
// sandbox (sandbox.h), check what comes back as untrusted input, check a request before it is
// traced, the front end's digest for cache keys, and diagnostics as text. The server, the
// worker and the CLI link this; only fxn-trace links the embedded CPython (tracer.h).
#pragma once
#include <span>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "ir/ir.h"
#include "trace.pb.h"

namespace fxn::tracer {

struct TracerOptions {
  std::string tracer_binary;  // default: fxn-trace next to the running executable
  int timeout_seconds = 60;
  uint64_t memory_bytes = 4ull << 30;
};

// Seconds the samples may run while tracing: FXN_TRACE_TIMEOUT when it is a positive number,
// else 60. The CLI, the embedded worker and fxn-worker's default all read it here.
int TraceTimeoutFromEnvironment();

// The checks every trace request passes before anything runs, wherever it comes from (the
// CLI, gRPC, HTTP): the source (CheckPythonSource), the file name, the entry (empty or an
// identifier) and the samples (CheckSamples). InvalidArgument with a message for the user.
absl::Status CheckTraceRequest(const proto::TraceRequest& request);
// Each sample a JSON array of arguments; at most kMaxSamples of them and kMaxSamplesBytes in all.
absl::Status CheckSamples(std::span<const std::string> samples_json);

// The one way fxn runs a trace: fxn-trace in the sandbox (sandbox.h) with rlimits and a
// wall-clock timeout. Its output is untrusted and checked with CheckTraceResult before it is
// returned. A timeout or a crash of the tracer is an error status (DeadlineExceeded, Aborted)
// whose message is for the user; diagnostics about the user's code come back in the result.
absl::StatusOr<proto::TraceResult> RunTracer(const proto::TraceRequest& request, const TracerOptions& options = {});

// Checks a TraceResult as untrusted input (user code ran where it was made): names that will
// reach paths and generated code are Python identifiers, sizes are bounded, the IR converts and
// verifies. Returns the verified module (an empty one when the result carries diagnostics).
absl::StatusOr<ir::Module> CheckTraceResult(const proto::TraceResult& result);

// `fxn push FILE` without --entry: the module's @fxn.compile functions (python/fxn/marks.py),
// found by running the module in the sandbox (a list_marks TraceRequest), in source order.
// The answer is untrusted like any trace result (CheckMarks): each entry an identifier, each
// sample a JSON array within the limits (CheckSamples), each target a plain name. A module with
// diagnostics (it raised at import, a misplaced mark) is an error whose message is them.
absl::StatusOr<std::vector<proto::Mark>> ListMarks(const std::string& filename, const std::string& source,
                                                   const TracerOptions& options = {});
absl::Status CheckMarks(const proto::TraceResult& result);

// "file:line:col: error: message" lines for a trace's diagnostics.
std::string FormatDiagnostics(const proto::TraceResult& result);

// A digest of what decides a trace's result besides its request: the front end's Python
// sources and the operator registry it types against. Part of every trace's cache key.
const std::string& FrontEndDigest();

}  // namespace fxn::tracer
