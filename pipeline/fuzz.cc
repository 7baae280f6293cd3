#include "pipeline/fuzz.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "fxn/fxn.h"
#include "support/digest.h"

namespace fxn::pipeline {

namespace {

struct Answer {
  bool error = false;
  std::string type, message;  // error
  std::string value;          // the value's JSON
};

// A harness line ({"ok": v} or {"error": {"type": ..., "message": ...}}) taken apart.
Answer ParseAnswer(const std::string& line) {
  Answer a;
  fxn_value* v = fxn_value_from_json(line.data(), line.size(), nullptr);
  if (!v || fxn_value_kind(v) != FXN_DICT || fxn_value_len(v) != 1) {
    a.value = line;
    if (v) fxn_value_free(v);
    return a;
  }
  size_t len = 0;
  const char* key = fxn_value_str(fxn_dict_key(v, 0), &len);
  const fxn_value* payload = fxn_dict_item(v, 0);
  if (key && std::string(key, len) == "error" && fxn_value_kind(payload) == FXN_DICT && fxn_value_len(payload) == 2) {
    a.error = true;
    const char* t = fxn_value_str(fxn_dict_item(payload, 0), &len);
    a.type = t ? std::string(t, len) : "?";
    const char* m = fxn_value_str(fxn_dict_item(payload, 1), &len);
    a.message = m ? std::string(m, len) : "";
  } else {
    char* text = fxn_value_to_json(payload);
    a.value = text;
    fxn_string_free(text);
  }
  fxn_value_free(v);
  return a;
}

// As a person reads an outcome: the value, or "Type: message".
std::string Shown(const std::string& line) {
  Answer a = ParseAnswer(line);
  if (!a.error) return a.value;
  return a.message.empty() ? a.type : absl::StrCat(a.type, ": ", a.message);
}

nlohmann::json Example(const std::string& args, const std::string& cpython, const std::string& fxn) {
  return {{"input", args}, {"cpython", cpython}, {"fxn", fxn}};
}

}  // namespace

FuzzOutcome ClassifyFuzzAnswer(const std::string& expected, const std::string& why, const std::string& actual, int ulps) {
  if (!expected.empty() && OutcomesClose(expected, actual, ulps)) return FuzzOutcome::kAgreed;
  Answer got = ParseAnswer(actual);
  if (!got.error) return FuzzOutcome::kDifference;  // a wrong value is never a limit
  // CPython's answer needs more than 64 bits: fxn's ints are 64-bit and raise OverflowError there.
  if (!why.empty()) return got.type == "OverflowError" ? FuzzOutcome::kLimit : FuzzOutcome::kDifference;
  // CPython refused to print an int of over 4300 digits: that int is far past 64 bits too.
  if (got.type == "OverflowError" && absl::StrContains(expected, "\"ValueError\"") &&
      absl::StrContains(expected, "for integer string conversion"))
    return FuzzOutcome::kLimit;
  // An OverflowError where CPython's answer fits (an intermediate past 64 bits) is reported as a
  // difference: the user's function gives a wrong outcome on a representable answer.
  if (got.type == "OverflowError") return FuzzOutcome::kDifference;
  // The other documented limits raise errors naming fxn (sum() of an empty list of float, NaN
  // identity in containers, ...).
  return absl::StrContains(got.message, "fxn") ? FuzzOutcome::kLimit : FuzzOutcome::kDifference;
}

FuzzResult CompareFuzz(const Traced& traced, const std::vector<std::string>& actual, const std::string& target) {
  FuzzResult fuzz;
  fuzz.requested = traced.result.has_fuzz_report();
  size_t smallest = 0;
  bool have_difference = false;
  // State that outlives a call (module state, values made once such as a decorator's counter):
  // after an input fxn answered differently (a limit too), the states may differ, so later
  // answers are not compared.
  bool stateful = !traced.module.state_init.empty();
  for (const auto& f : traced.module.functions) stateful = stateful || f.once;
  for (int i = 0; i < traced.result.fuzz_size() && static_cast<size_t>(i) < actual.size(); ++i) {
    if (stateful && fuzz.inputs > fuzz.agreed) break;
    const proto::Sample& input = traced.result.fuzz(i);
    std::string why;
    std::string expected = ExpectedLine(input.expected(), &why);
    std::string args = ArgsJson(input.args());
    ++fuzz.inputs;
    switch (ClassifyFuzzAnswer(expected, why, actual[i], traced.module.float_ulps)) {
      case FuzzOutcome::kAgreed: ++fuzz.agreed; break;
      case FuzzOutcome::kLimit:
        ++fuzz.limits;
        if (fuzz.limit_examples.size() < 5)
          fuzz.limit_examples.push_back(Example(args, expected.empty() ? why : Shown(expected), Shown(actual[i])));
        break;
      case FuzzOutcome::kDifference:
        ++fuzz.differences;
        // The smallest failing input (by its JSON text; the first of equal ones) is the one shown.
        if (!have_difference || args.size() < smallest) {
          have_difference = true;
          smallest = args.size();
          fuzz.difference = Example(args, expected.empty() ? why : Shown(expected), Shown(actual[i]));
        }
        break;
    }
  }
  return fuzz;
}

void ShrinkFuzzDifference(const Traced& traced, const toolchains::Toolchain& toolchain, const std::string& library,
                          FuzzResult& fuzz, int rounds) {
  if (fuzz.differences == 0 || traced.python_source.empty()) return;
  proto::TraceRequest request;
  request.set_source(traced.python_source);
  request.set_filename(traced.result.fuzz_report().location().file());
  request.set_entry(traced.entry);
  std::vector<std::string> sample_lines;
  for (const auto& sample : traced.result.samples()) sample_lines.push_back(ArgsJson(sample.args()));
  for (const auto& line : sample_lines) request.add_samples_json(line);
  request.set_fuzz_inputs(1);
  request.set_fuzz_seed(traced.result.fuzz_report().seed());
  tracer::TracerOptions options;
  options.timeout_seconds = tracer::TraceTimeoutFromEnvironment();
  for (int round = 0; round < rounds; ++round) {
    request.set_fuzz_shrink_from(fuzz.difference["input"].get<std::string>());
    auto result = tracer::RunTracer(request, options);
    if (!result.ok() || result->diagnostics_size() > 0 || result->fuzz_size() == 0) break;
    if (!tracer::CheckTraceResult(*result).ok()) break;  // from the sandbox: untrusted, as every trace
    std::vector<std::string> lines = sample_lines;  // the samples first: module state as before
    for (const auto& input : result->fuzz()) lines.push_back(ArgsJson(input.args()));
    auto actual = toolchain.Run(library, lines);
    if (!actual.ok() || actual->size() != lines.size()) break;
    bool found = false;
    size_t smallest = 0;
    for (int i = 0; i < result->fuzz_size(); ++i) {
      std::string why;
      std::string expected = ExpectedLine(result->fuzz(i).expected(), &why);
      const std::string& answer = (*actual)[sample_lines.size() + i];
      if (ClassifyFuzzAnswer(expected, why, answer, traced.module.float_ulps) != FuzzOutcome::kDifference) continue;
      std::string args = lines[sample_lines.size() + i];
      if (found && args.size() >= smallest) continue;
      found = true;
      smallest = args.size();
      fuzz.difference = Example(args, expected.empty() ? why : Shown(expected), Shown(answer));
    }
    if (!found) break;
    ++fuzz.shrink_steps;
  }
}

std::string FuzzDiagnostic(const Traced& traced, const FuzzResult& fuzz, const std::string& target) {
  const auto& at = traced.result.fuzz_report().location();
  std::string where = at.file();
  if (at.line() > 0) absl::StrAppend(&where, ":", at.line(), ":", at.col() > 0 ? at.col() : 1);
  std::string fxn_side = fuzz.difference["fxn"];
  std::string found = fuzz.differences > 1 ? absl::StrCat("the smallest of ", fuzz.differences, " failing inputs") : "";
  if (fuzz.shrink_steps > 0)
    found = absl::StrCat("shrunk in ", fuzz.shrink_steps, " step", fuzz.shrink_steps == 1 ? "" : "s", " from ",
                         found.empty() ? "the failing input" : found);
  std::string out = absl::StrCat(
      where, ": error: the compiled function differs from CPython on a generated input (", target, ")\n",
      "  input:   ", fuzz.difference["input"].get<std::string>(), found.empty() ? "" : "   (" + found + ")", "\n",
      "  CPython: ", fuzz.difference["cpython"].get<std::string>(), "\n",
      "  fxn:     ", fxn_side);
  if (absl::StartsWith(fxn_side, "OverflowError"))
    absl::StrAppend(&out, "\n  note: fxn's ints are 64-bit; an intermediate result left 64 bits although CPython's answer fits");
  return out;
}

nlohmann::json FuzzManifest(const Traced& traced, const FuzzResult& fuzz) {
  const auto& report = traced.result.fuzz_report();
  nlohmann::json out = {{"inputs", fuzz.inputs},
                        {"seed", report.seed()},
                        {"agreed", fuzz.agreed},
                        {"limits", fuzz.limits},
                        {"differences", fuzz.differences},
                        {"requested", report.requested()},
                        {"generated", report.generated()},
                        {"dropped", report.dropped()}};
  // Which inputs were compared, in one value: the same seed and types give the same digest.
  Sha256Builder inputs;
  for (const auto& input : traced.result.fuzz()) inputs.AddPart(ArgsJson(input.args()));
  out["inputs_digest"] = inputs.HexDigest();
  if (!report.note().empty()) out["note"] = report.note();
  if (!fuzz.limit_examples.empty()) out["limit_examples"] = fuzz.limit_examples;
  if (fuzz.differences > 0) {
    out["smallest_difference"] = fuzz.difference;
    out["shrink_steps"] = fuzz.shrink_steps;
  }
  return out;
}

}  // namespace fxn::pipeline
