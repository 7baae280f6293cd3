// fxn: the command-line client. Today every command runs the compiler libraries in-process
// (the embedded default); the service front comes with the server.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "fxn/fxn.h"
#include "ir/printer.h"
#include "pipeline/pipeline.h"
#include "support/files.h"
#include "toolchains/targets.h"
#include "toolchains/toolchain.h"

namespace {

namespace fs = std::filesystem;
using fxn::pipeline::Verdict;

constexpr int kExitFailed = 1;  // rejected, not verified, or the function raised
constexpr int kExitUsage = 2;   // bad command line or input

struct CompileArgs {
  std::string file;
  std::string entry;
  std::vector<std::string> inputs;
};

void AddCompileOptions(CLI::App* cmd, CompileArgs& args) {
  cmd->add_option("file", args.file, "Python source file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--entry,-e", args.entry, "function to compile (default: the module's ENTRY, else its only function)");
  cmd->add_option("--inputs,-i", args.inputs,
                  "a sample: JSON array of positional arguments; give it once per sample")
      ->required()
      ->take_all()
      ->allow_extra_args(false);  // one JSON array per flag, brackets kept
}

bool Interactive() { return isatty(STDERR_FILENO); }

void Progress(const std::string& line) {
  if (Interactive()) std::cerr << "\r\033[K" << line << std::flush;
}
void ProgressDone() {
  if (Interactive()) std::cerr << "\r\033[K" << std::flush;
}

// Checks each --inputs is a JSON array, with a clear message otherwise.
bool CheckInputs(const std::vector<std::string>& inputs) {
  for (const auto& text : inputs) {
    char* error = nullptr;
    fxn_value* v = fxn_value_from_json(text.data(), text.size(), &error);
    if (!v) {
      std::cerr << "fxn: --inputs '" << text << "' is not valid JSON: " << error
                << "\n  give a JSON array of arguments, e.g. --inputs '[1000, 0.5]'\n";
      fxn_string_free(error);
      return false;
    }
    bool is_array = fxn_value_kind(v) == FXN_LIST;
    fxn_value_free(v);
    if (!is_array) {
      std::cerr << "fxn: --inputs '" << text << "' must be a JSON array of positional arguments, e.g. '[" << text << "]'\n";
      return false;
    }
  }
  return true;
}

// Seconds the samples may run while tracing: FXN_TRACE_TIMEOUT, else 60.
int TraceTimeoutSeconds() {
  const char* env = std::getenv("FXN_TRACE_TIMEOUT");
  int seconds = env ? std::atoi(env) : 0;
  return seconds > 0 ? seconds : 60;
}

absl::StatusOr<fxn::pipeline::Source> LoadSource(const CompileArgs& args) {
  auto text = fxn::ReadFile(args.file);
  if (!text.ok()) return text.status();
  return fxn::pipeline::Source{args.file, *text, args.entry, args.inputs, TraceTimeoutSeconds()};
}

int ReportError(const absl::Status& status) {
  std::cerr << status.message() << "\n";
  return kExitFailed;
}

std::string Plural(size_t n, const char* word) { return absl::StrCat(n, " ", word, n == 1 ? "" : "s"); }

int Push(const CompileArgs& args, const std::string& out_dir, const std::vector<std::string>& targets, bool json) {
  if (!CheckInputs(args.inputs)) return kExitUsage;
  for (const auto& t : targets) {
    if (!fxn::toolchains::FindTarget(t)) {
      std::vector<std::string> names;
      for (const auto& known : fxn::toolchains::AllTargets()) names.push_back(known.name);
      std::cerr << "fxn: unknown target '" << t << "'; known targets: " << absl::StrJoin(names, ", ") << "\n";
      return kExitUsage;
    }
  }
  auto emit = [&](nlohmann::json event) {
    if (json) std::cout << event.dump() << std::endl;
  };
  auto source = LoadSource(args);
  if (!source.ok()) return ReportError(source.status());

  auto start = std::chrono::steady_clock::now();
  Progress("tracing " + args.file + " ...");
  emit({{"event", "tracing"}, {"file", args.file}});
  auto traced = fxn::pipeline::Trace(*source);
  ProgressDone();
  if (!traced.ok()) {
    emit({{"event", "failed"}, {"stage", "trace"}, {"message", std::string(traced.status().message())}});
    return ReportError(traced.status());
  }
  std::string trace_summary = absl::StrCat("traced ", traced->entry, " (", Plural(traced->module.functions.size(), "function"),
                                           ", ", traced->ir_nodes, " IR nodes)");
  emit({{"event", "traced"}, {"entry", traced->entry}, {"functions", traced->module.functions.size()},
        {"ir_nodes", traced->ir_nodes}, {"frames_observed", traced->result.frames_observed()}});

  bool all_verified = true;
  std::vector<std::string> summary = {trace_summary};
  std::vector<std::string> artifacts;
  for (const auto& target_name : targets) {
    const auto* target = fxn::toolchains::FindTarget(target_name);
    Progress("compiling " + target_name + " ...");
    emit({{"event", "compiling"}, {"target", target_name}});
    auto toolchain = fxn::toolchains::Toolchain::Open(*target, fxn::DefaultCacheDir());
    auto fail = [&](const absl::Status& s) {
      ProgressDone();
      all_verified = false;
      emit({{"event", "failed"}, {"target", target_name}, {"message", std::string(s.message())}});
      std::cerr << target_name << ": " << s.message() << "\n";
    };
    if (!toolchain.ok()) {
      fail(toolchain.status());
      continue;
    }
    auto lowered = fxn::pipeline::LowerForTarget(*traced, source->text, target_name);
    if (!lowered.ok()) {
      fail(lowered.status());
      continue;
    }
    auto built = fxn::pipeline::BuildAndVerify(*traced, *lowered, *toolchain, out_dir);
    ProgressDone();
    if (!built.ok()) {
      fail(built.status());
      continue;
    }
    emit({{"event", built->verdict == Verdict::kVerified ? "verified" : "failed"},
          {"target", target_name},
          {"bundle", built->bundle_dir},
          {"samples", built->samples.size()},
          {"compile_seconds", built->compile_seconds},
          {"message", built->message}});
    if (built->verdict == Verdict::kVerified) {
      summary.push_back(absl::StrCat("compiled ", target_name));
      summary.push_back(absl::StrCat("verified on ", Plural(built->samples.size(), "sample")));
      std::string lib = fs::path(built->library_path).filename().string();
      artifacts.push_back(absl::StrCat("artifact: ", built->bundle_dir, "/ (", lib, ", ", traced->entry, ".h, manifest.json)"));
    } else {
      all_verified = false;
      std::cerr << target_name << ": verification failed: " << built->message << "\n";
      summary.push_back(absl::StrCat("compiled ", target_name, " · NOT verified"));
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  emit({{"event", "done"}, {"ok", all_verified}, {"seconds", seconds}});
  if (!json) {
    std::cout << absl::StrJoin(summary, " · ") << "\n";
    for (const auto& a : artifacts) std::cout << a << "\n";
  }
  return all_verified ? 0 : kExitFailed;
}

int Run(const std::string& bundle, const std::vector<std::string>& inputs) {
  if (!CheckInputs(inputs)) return kExitUsage;
  auto manifest_text = fxn::ReadFile(fxn::pipeline::ManifestPath(bundle));
  if (!manifest_text.ok()) {
    std::cerr << "fxn: " << bundle << " is not an fxn bundle (no manifest.json); give the directory `fxn push` printed\n";
    return kExitUsage;
  }
  nlohmann::json manifest = nlohmann::json::parse(*manifest_text, nullptr, false);
  if (manifest.is_discarded() || !manifest.contains("target") || !manifest.contains("library")) {
    std::cerr << "fxn: " << bundle << "/manifest.json is damaged; push the function again\n";
    return kExitUsage;
  }
  const auto* target = fxn::toolchains::FindTarget(manifest["target"].get<std::string>());
  if (!target) {
    std::cerr << "fxn: the bundle's target " << manifest["target"] << " is unknown to this fxn\n";
    return kExitUsage;
  }
  auto toolchain = fxn::toolchains::Toolchain::Open(*target, fxn::DefaultCacheDir());
  if (!toolchain.ok()) return ReportError(toolchain.status());
  auto lines = toolchain->Run(bundle + "/" + manifest["library"].get<std::string>(), inputs);
  if (!lines.ok()) return ReportError(lines.status());
  int rc = 0;
  for (const auto& line : *lines) {
    fxn_value* v = fxn_value_from_json(line.data(), line.size(), nullptr);
    if (!v || fxn_value_kind(v) != FXN_DICT || fxn_value_len(v) != 1) {
      std::cerr << "fxn: unexpected output from the artifact: " << line << "\n";
      if (v) fxn_value_free(v);
      return kExitFailed;
    }
    size_t len = 0;
    std::string key = fxn_value_str(fxn_dict_key(v, 0), &len);
    const fxn_value* payload = fxn_dict_item(v, 0);
    if (key == "ok") {
      char* text = fxn_value_to_json(payload);
      std::cout << text << "\n";
      fxn_string_free(text);
    } else {
      const fxn_value* type = fxn_dict_item(payload, 0);
      const fxn_value* message = fxn_dict_item(payload, 1);
      std::string msg = fxn_value_str(message, &len) ? fxn_value_str(message, &len) : "";
      std::cerr << fxn_value_str(type, &len) << (msg.empty() ? "" : ": " + msg) << "\n";
      rc = kExitFailed;
    }
    fxn_value_free(v);
  }
  return rc;
}

int PrintIr(const CompileArgs& args) {
  if (!CheckInputs(args.inputs)) return kExitUsage;
  auto source = LoadSource(args);
  if (!source.ok()) return ReportError(source.status());
  auto traced = fxn::pipeline::Trace(*source);
  if (!traced.ok()) return ReportError(traced.status());
  std::cout << fxn::ir::Print(traced->module);
  return 0;
}

int PrintSource(const CompileArgs& args, const std::string& target) {
  if (!CheckInputs(args.inputs)) return kExitUsage;
  auto source = LoadSource(args);
  if (!source.ok()) return ReportError(source.status());
  auto traced = fxn::pipeline::Trace(*source);
  if (!traced.ok()) return ReportError(traced.status());
  auto lowered = fxn::pipeline::LowerForTarget(*traced, source->text, target);
  if (!lowered.ok()) return ReportError(lowered.status());
  std::cout << lowered->source;
  return 0;
}

int ListTargets(bool json) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : fxn::toolchains::AllTargets()) {
    std::string why = fxn::toolchains::CheckAvailable(t);
    if (json) {
      out.push_back({{"name", t.name}, {"triple", t.triple}, {"available", why.empty()}, {"reason", why}});
    } else {
      std::cout << t.name << "  " << (why.empty() ? "available" : "unavailable: " + why) << "\n";
    }
  }
  if (json) std::cout << out.dump(2) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"fxn: compile plain Python functions into fast, verified native libraries"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "fxn 0.1.0");

  CompileArgs push_args;
  std::string out_dir = "fxn-out";
  std::string targets = fxn::toolchains::HostTargetName();
  bool push_json = false;
  auto* push = app.add_subcommand("push", "trace, compile and verify a function; write a bundle per target");
  AddCompileOptions(push, push_args);
  push->add_option("-o,--out", out_dir, "bundles go to DIR/ENTRY/TARGET")->capture_default_str();
  push->add_option("--targets,-t", targets, "comma-separated targets (see `fxn targets`)")->capture_default_str();
  push->add_flag("--json", push_json, "print progress events as JSON lines");
  push->footer(
      "Example:\n  fxn push examples/nbody.py --entry nbody --inputs '[1000]'\n"
      "Exit status: 0 when every target verified, 1 when the function was rejected or a target\n"
      "failed, 2 for a bad command line.\n"
      "Environment: FXN_TRACE_TIMEOUT (seconds the samples may run while tracing, default 60),\n"
      "XDG_CACHE_HOME (toolchain support files go to $XDG_CACHE_HOME/fxn).");

  std::string bundle;
  std::vector<std::string> run_inputs;
  auto* run = app.add_subcommand("run", "run a bundle on inputs; print each result as JSON");
  run->add_option("bundle", bundle, "bundle directory (DIR/ENTRY/TARGET)")->required();
  run->add_option("--inputs,-i", run_inputs, "JSON array of positional arguments; once per call")->required()->take_all()->allow_extra_args(false);
  run->footer(
      "Results go to stdout, one JSON line per --inputs. A Python exception prints `Type: message`\n"
      "on stderr and makes the exit status 1.");

  CompileArgs ir_args;
  auto* ir = app.add_subcommand("ir", "print the typed IR of a function as a table");
  AddCompileOptions(ir, ir_args);

  CompileArgs source_args;
  std::string source_target = fxn::toolchains::HostTargetName();
  auto* source = app.add_subcommand("source", "print the C++ generated for a function");
  AddCompileOptions(source, source_args);
  source->add_option("--target,-t", source_target, "target to generate for")->capture_default_str();

  bool targets_json = false;
  auto* list_targets = app.add_subcommand("targets", "list targets and whether this machine can build them");
  list_targets->add_flag("--json", targets_json, "machine-readable output");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : kExitUsage;
  }
  if (*push) return Push(push_args, out_dir, absl::StrSplit(targets, ',', absl::SkipEmpty()), push_json);
  if (*run) return Run(bundle, run_inputs);
  if (*ir) return PrintIr(ir_args);
  if (*source) return PrintSource(source_args, source_target);
  if (*list_targets) return ListTargets(targets_json);
  return kExitUsage;
}
