#include "tracer_sandbox/trace_client.h"

#include <algorithm>
#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "fxn/fxn.h"
#include "ir/proto_convert.h"
#include "ir/verifier.h"
#include "operator_registry/registry.h"
#include "support/digest.h"
#include "support/subprocess.h"
#include "support/untrusted.h"
#include "tracer_sandbox/embedded_sources.h"
#include "tracer_sandbox/sandbox.h"

namespace fxn::tracer {

int TraceTimeoutFromEnvironment() {
  const char* env = std::getenv("FXN_TRACE_TIMEOUT");
  int seconds = env ? std::atoi(env) : 0;
  return seconds > 0 ? seconds : 60;
}

absl::Status CheckSamples(std::span<const std::string> samples_json) {
  if (samples_json.empty()) return absl::InvalidArgumentError("no samples: give at least one JSON array of arguments");
  if (samples_json.size() > kMaxSamples) {
    return absl::InvalidArgumentError(absl::StrCat(samples_json.size(), " samples; the limit is ", kMaxSamples, " per push"));
  }
  size_t total = 0;
  for (const auto& s : samples_json) total += s.size();
  if (total > kMaxSamplesBytes) {
    return absl::InvalidArgumentError(absl::StrCat("the samples are ", total, " bytes of JSON; the limit is ", kMaxSamplesBytes,
                                                   " bytes (16 MiB) per push: trace on smaller inputs (the compiled "
                                                   "function takes any size)"));
  }
  for (const auto& s : samples_json) {
    char* err = nullptr;
    fxn_value* v = fxn_value_from_json(s.data(), s.size(), &err);
    if (!v) {
      std::string msg = absl::StrCat("sample '", QuoteForMessage(s, 200), "' is not valid JSON: ", err,
                                     "; give a JSON array of arguments, e.g. '[1000, 0.5]' (--inputs '[1000, 0.5]' "
                                     "on the command line)");
      fxn_string_free(err);
      return absl::InvalidArgumentError(msg);
    }
    bool list = fxn_value_kind(v) == FXN_LIST;
    fxn_value_free(v);
    if (!list) {
      return absl::InvalidArgumentError(absl::StrCat("sample '", QuoteForMessage(s, 200),
                                                     "' must be a JSON array of positional arguments, e.g. '[",
                                                     QuoteForMessage(s, 200), "]'"));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckTraceRequest(const proto::TraceRequest& request) {
  const std::string& file = request.filename();
  if (file.empty()) return absl::InvalidArgumentError("the request names no file (filename is empty)");
  if (file.size() > kMaxFilenameBytes || !IsValidUtf8(file) ||
      std::any_of(file.begin(), file.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
    return absl::InvalidArgumentError(absl::StrCat("the file name '", QuoteForMessage(file),
                                                   "' is not a plain UTF-8 name of at most ", kMaxFilenameBytes, " bytes"));
  }
  if (auto s = CheckPythonSource(file, request.source()); !s.ok()) return s;
  if (!request.entry().empty() && !IsPythonIdentifier(request.entry())) {
    return absl::InvalidArgumentError(absl::StrCat("the entry '", QuoteForMessage(request.entry()),
                                                   "' is not a Python identifier: give a function's name"));
  }
  if (request.fuzz_inputs() < 0 || request.fuzz_inputs() > kMaxFuzzInputs) {
    return absl::InvalidArgumentError(absl::StrCat("--fuzz ", request.fuzz_inputs(), ": give 0 to ", kMaxFuzzInputs, " generated inputs"));
  }
  if (request.list_marks()) {  // marks_client.cc: the module's @fxn.compile functions, no samples
    if (!request.samples_json().empty() || !request.entry().empty())
      return absl::InvalidArgumentError("a request listing @fxn.compile functions takes no entry and no samples");
    return absl::OkStatus();
  }
  return CheckSamples(std::vector<std::string>(request.samples_json().begin(), request.samples_json().end()));
}

std::string FormatDiagnostics(const proto::TraceResult& result) {
  std::vector<std::string> lines;
  for (const auto& d : result.diagnostics()) {
    std::string where = d.file();
    if (d.line() > 0) absl::StrAppend(&where, ":", d.line(), ":", d.col() > 0 ? d.col() : 1);
    lines.push_back(absl::StrCat(where, ": error: ", d.message()));
  }
  return absl::StrJoin(lines, "\n");
}

const std::string& FrontEndDigest() {
  static const std::string digest = [] {
    Sha256Builder b;
    for (const auto& f : python_sources::Files()) b.AddPart(f.name).AddPart(f.contents);
    for (const auto& f : python_package::Files()) b.AddPart("fxn/").AddPart(f.name).AddPart(f.contents);
    b.AddPart(ops::Registry::Get().Digest());
    return b.HexDigest();
  }();
  return digest;
}

absl::StatusOr<ir::Module> CheckTraceResult(const proto::TraceResult& result) {
  if (result.diagnostics_size() > 0) return ir::Module{};
  if (!IsPythonIdentifier(result.entry())) {
    return absl::InvalidArgumentError(absl::StrCat(
        "the trace named its entry '", QuoteForMessage(result.entry()),
        "', which is not a Python identifier; the trace result is refused (did the traced module tamper with the tracer?)"));
  }
  if (result.fuzz_size() > kMaxFuzzInputs) {
    return absl::InvalidArgumentError(absl::StrCat("the trace holds ", result.fuzz_size(), " generated inputs, over the limit of ",
                                                   kMaxFuzzInputs, "; the trace result is refused"));
  }
  auto module = ir::FromProto(result.module());
  if (!module.ok()) return module.status();
  if (auto s = ir::Verify(*module); !s.ok()) return s;
  const ir::Function* entry = module->entry_function();
  if (!entry || entry->python_name != result.entry()) {
    return absl::InvalidArgumentError(absl::StrCat("the trace names the entry '", result.entry(),
                                                   "' but its IR has no such entry function; the trace result is refused"));
  }
  return module;
}

absl::StatusOr<proto::TraceResult> RunTracer(const proto::TraceRequest& request, const TracerOptions& options) {
  if (auto s = CheckTraceRequest(request); !s.ok()) return s;
  std::string binary = options.tracer_binary.empty() ? ExecutableDir() + "/fxn-trace" : options.tracer_binary;
  auto sandbox = PlanSandbox(binary);
  if (!sandbox.ok()) return sandbox.status();
  SubprocessLimits limits;
  limits.wall_timeout = std::chrono::seconds(options.timeout_seconds);
  limits.address_space_bytes = options.memory_bytes;
  limits.cpu_seconds = static_cast<uint64_t>(options.timeout_seconds) + 1;
  limits.file_size_bytes = 64ull << 20;
  limits.max_output_bytes = kMaxTraceResultBytes + 1;
  limits.environment = sandbox->environment;
  std::vector<std::string> argv = sandbox->prefix;
  argv.push_back(sandbox->tracer_path);
  argv.push_back("--sandbox");
  auto run = RunSubprocess(argv, request.SerializeAsString(), limits);
  if (!run.ok()) return run.status();
  if (run->timed_out) {
    return absl::DeadlineExceededError(absl::StrCat(request.filename(), ": error: tracing took longer than ", options.timeout_seconds,
                                                    " s (an endless loop in the samples?); the trace was stopped"));
  }
  if (!run->ok()) {
    std::string tail = run->stderr_data.size() > 2000 ? run->stderr_data.substr(run->stderr_data.size() - 2000) : run->stderr_data;
    return absl::AbortedError(absl::StrCat(request.filename(), ": error: the tracer died (", run->Describe(),
                                           ") while running the samples", tail.empty() ? "" : ": " + tail));
  }
  if (run->stdout_cut || run->stdout_data.size() > kMaxTraceResultBytes) {
    return absl::ResourceExhaustedError(absl::StrCat(request.filename(), ": error: the trace result is over ", kMaxTraceResultBytes >> 20,
                                                     " MiB (the limit); are the samples or their results that large?"));
  }
  proto::TraceResult result;
  if (!result.ParseFromString(run->stdout_data)) return absl::InternalError("the tracer's output does not parse");
  if (request.list_marks()) {
    if (auto s = CheckMarks(result); !s.ok()) return s;
  } else if (auto s = CheckTraceResult(result); !s.ok()) {
    return s.status();
  }
  return result;
}

}  // namespace fxn::tracer
