// `fxn push FILE` without --entry: which functions the module marked with @fxn.compile.
// The module runs in the trace sandbox (it must: the marks are values the module computes), so
// the answer is checked as untrusted, as a trace result is.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "support/untrusted.h"
#include "tracer_sandbox/trace_client.h"

namespace fxn::tracer {

absl::Status CheckMarks(const proto::TraceResult& result) {
  if (result.diagnostics_size() > 0) return absl::OkStatus();  // reported as they are
  if (static_cast<size_t>(result.marks_size()) > 256)
    return absl::InvalidArgumentError(absl::StrCat("the module marks ", result.marks_size(), " functions; the limit is 256"));
  for (const auto& mark : result.marks()) {
    if (!IsPythonIdentifier(mark.entry())) {
      return absl::InvalidArgumentError(absl::StrCat("the module's marks name '", QuoteForMessage(mark.entry()),
                                                     "', which is not a Python identifier; the listing is refused"));
    }
    for (const auto& target : mark.targets()) {
      if (target.empty() || target.size() > kMaxNameBytes ||
          !std::all_of(target.begin(), target.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; })) {
        return absl::InvalidArgumentError(absl::StrCat("@fxn.compile of '", mark.entry(), "' names the target '",
                                                       QuoteForMessage(target), "', which is no target name (see `fxn targets`)"));
      }
    }
    if (mark.samples_json().empty()) continue;  // the caller asks for --inputs
    if (auto s = CheckSamples(std::vector<std::string>(mark.samples_json().begin(), mark.samples_json().end())); !s.ok())
      return absl::InvalidArgumentError(absl::StrCat("@fxn.compile(inputs=...) of '", mark.entry(), "': ", s.message()));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<proto::Mark>> ListMarks(const std::string& filename, const std::string& source,
                                                   const TracerOptions& options) {
  proto::TraceRequest request;
  request.set_filename(filename);
  request.set_source(source);
  request.set_list_marks(true);
  auto result = RunTracer(request, options);
  if (!result.ok()) return result.status();
  if (result->diagnostics_size() > 0) return absl::InvalidArgumentError(FormatDiagnostics(*result));
  return std::vector<proto::Mark>(result->marks().begin(), result->marks().end());
}

}  // namespace fxn::tracer
