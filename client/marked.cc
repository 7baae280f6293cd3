#include "client/marked.h"

#include <iostream>

#include "absl/strings/str_join.h"
#include "support/files.h"
#include "tracer_sandbox/trace_client.h"

namespace fxn::client {

namespace {
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
}  // namespace

int PushMarked(const std::string& file, const std::string& entry, const std::vector<std::string>& targets,
               bool targets_given, const std::function<int(const MarkedPush&)>& push_one) {
  auto text = fxn::ReadFile(file);
  if (!text.ok()) {
    std::cerr << "fxn: " << text.status().message() << "\n";
    return kExitUsage;
  }
  tracer::TracerOptions options;
  options.timeout_seconds = tracer::TraceTimeoutFromEnvironment();
  auto marks = tracer::ListMarks(file, *text, options);
  if (!marks.ok()) {
    std::cerr << marks.status().message() << "\n";  // the module's diagnostics, or why the sandbox failed
    return kExitFailed;
  }
  std::vector<MarkedPush> pushes;
  std::vector<std::string> names;
  for (const auto& mark : *marks) {
    names.push_back(mark.entry());
    if (!entry.empty() && mark.entry() != entry) continue;
    MarkedPush push{mark.entry(), {mark.samples_json().begin(), mark.samples_json().end()},
                    targets_given || mark.targets().empty() ? targets
                                                            : std::vector<std::string>(mark.targets().begin(), mark.targets().end())};
    if (push.samples_json.empty()) {
      std::cerr << file << ":" << mark.line() << ": error: @fxn.compile of '" << mark.entry()
                << "' gives no inputs: write @fxn.compile(inputs=[[...]]) or push it with --entry " << mark.entry()
                << " --inputs '[...]'\n";
      return kExitUsage;
    }
    pushes.push_back(std::move(push));
  }
  if (pushes.empty()) {
    if (!entry.empty() && !names.empty()) {
      std::cerr << "fxn: '" << entry << "' in " << file << " has no @fxn.compile mark (marked: " << absl::StrJoin(names, ", ")
                << "); give its samples with --inputs\n";
    } else {
      std::cerr << "fxn: " << file << " marks no function with @fxn.compile; mark some (import fxn; "
                << "@fxn.compile(inputs=[[...]])) or give --inputs (and --entry)\n";
    }
    return kExitUsage;
  }
  int rc = 0;
  for (const auto& push : pushes) {
    int one = push_one(push);
    if (one != 0 && rc == 0) rc = one;
  }
  return rc;
}

}  // namespace fxn::client
