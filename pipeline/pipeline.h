// The compile pipeline as a library: trace -> verify IR -> lower -> compile -> verify on the
// samples -> bundle. The CLI calls it in-process today; the server's workers will call the
// same functions.
//
//   Trace(request)                          sandboxed tracer: typed IR + CPython's outputs
//   LowerForTarget(trace, target)           IR -> C++ through the operator registry
//   BuildAndVerify(trace, lowered, target)  compile, run on every sample, compare, bundle
#pragma once
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/status/statusor.h"
#include "ir/ir.h"
#include "lowering/lower.h"
#include "toolchains/toolchain.h"
#include "tracer_sandbox/trace_client.h"
#include "compiler.pb.h"
#include "trace.pb.h"

namespace fxn::pipeline {

struct Source {
  std::string path;  // as the user named it: diagnostics cite it
  std::string text;
  std::string entry;  // empty: the module's ENTRY, else its only function
  std::vector<std::string> samples_json;
  int trace_timeout_seconds = 60;  // the samples run under this wall-clock limit
};

// A trace that produced diagnostics is returned as a status whose message is the
// diagnostics, one per line, as `file:line:col: error: message`.
struct Traced {
  proto::TraceResult result;
  ir::Module module;
  std::string entry;
  int ir_nodes = 0;
  std::string python_source;  // the traced module, when known: fuzzing's shrinking traces it again
};
// The request a Source makes; checked with tracer::CheckTraceRequest before it runs.
proto::TraceRequest Request(const Source& source);
// The sandboxed trace of a request (tracer::RunTracer): the worker's TRACE task.
absl::StatusOr<proto::TraceResult> TraceRequestResult(const proto::TraceRequest& request, const tracer::TracerOptions& options);
// Trace, then FromTraceResult: `fxn ir` and `fxn source`.
absl::StatusOr<Traced> Trace(const Source& source, const tracer::TracerOptions& options = {});
// Trace through a cache in cache_dir/traces, keyed by the request and the front end's digest (as
// the service's trace cache is): `fxn ir` then `fxn source` of one function traces it once. Only
// a trace without diagnostics is kept (a diagnostic may be a time limit); a cached result is
// checked like any other (FromTraceResult).
absl::StatusOr<Traced> TraceCached(const Source& source, const std::string& cache_dir);
// A TraceResult from elsewhere (a worker, the cache): its diagnostics as an error, else checked
// as untrusted input (tracer::CheckTraceResult) and its IR verified.
absl::StatusOr<Traced> FromTraceResult(proto::TraceResult result);

// unbounded_ints: also the copy over unbounded ints where the module allows (WORKSPACE.md "Ints
// past 64 bits"); the worker lowers again without it if that copy fails to compile.
absl::StatusOr<lowering::LoweredModule> LowerForTarget(const Traced& traced, const std::string& python_source,
                                                       const std::string& target, bool unbounded_ints = true);

enum class Verdict { kVerified, kMismatch, kCompiledNotVerified };

struct SampleCheck {
  std::string args_json;
  std::string expected;  // {"ok": ...} or {"error": {...}}, as the harness prints
  std::string actual;
  bool ok = false;
};

// Differential fuzzing on one target (pipeline/fuzz.h): the generated inputs compared.
struct FuzzResult {
  bool requested = false;
  int inputs = 0, agreed = 0, limits = 0, differences = 0;
  nlohmann::json difference;  // the smallest failing input: {"input", "cpython", "fxn"}
  std::vector<nlohmann::json> limit_examples;
  int shrink_steps = 0;    // rounds of shrinking that found a simpler failing input
  std::string diagnostic;  // file:line:col: error: ... when differences > 0
};

struct TargetResult {
  std::string target;
  Verdict verdict = Verdict::kMismatch;
  std::string bundle_dir;
  std::string library_path;
  std::string message;  // on mismatch: which sample, both values
  std::vector<SampleCheck> samples;
  FuzzResult fuzz;
  double compile_seconds = 0;
};

// Compiles, verifies and writes the bundle DIR/<entry>/<target>/ (library, <entry>.h, fxn.h,
// <entry>.cc, manifest.json). A compiler failure is an error; a verification mismatch is a
// result with verdict kMismatch.
// `progress` hears COMPILED and VERIFYING as they are reached.
absl::StatusOr<TargetResult> BuildAndVerify(const Traced& traced, const lowering::LoweredModule& lowered,
                                            const toolchains::Toolchain& toolchain, const std::string& out_root,
                                            const std::function<void(proto::Stage)>& progress = nullptr);

// The harness line the samples' expected outcome must produce. `why` is set when CPython's result
// holds an int beyond 64 bits: only a module with a copy over unbounded ints computes it; in any
// other, fxn's ints are 64-bit and raise OverflowError there (WORKSPACE.md "Ints past 64 bits").
std::string ExpectedLine(const proto::Outcome& outcome, std::string* why);
// Whether an artifact's outcome line matches CPython's: the same text, or, with ulps > 0, the
// same value but for floats (and float tensor items) within ulps units in the last place.
bool OutcomesClose(const std::string& expected, const std::string& actual, int ulps);

// A Value (a sample's argument tuple) as a JSON array.
std::string ArgsJson(const proto::Value& args);

std::string ManifestPath(const std::string& bundle_dir);

// OUT_ROOT/ENTRY/TARGET, the one way a bundle's directory is named: the entry must be a Python
// identifier and the target a known target, whoever sent them (a trace, a server, a worker),
// so the directory is always inside out_root.
absl::StatusOr<std::string> BundleDir(const std::string& out_root, const std::string& entry, const std::string& target);

}  // namespace fxn::pipeline
