// fxn: the command-line client. Today every command runs the compiler libraries in-process
// (the embedded default); the service front comes with the server.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <google/protobuf/util/json_util.h>
#include <grpcpp/grpcpp.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <thread>
#include <iostream>
#include <nlohmann/json.hpp>

#include "client/npy.h"
#include "operator_registry/registry.h"
#include <variant>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "fxn/fxn.h"
#include "ir/printer.h"
#include "client/connection.h"
#include "client/marked.h"
#include "client/progress.h"
#include "pipeline/bundle.h"
#include "pipeline/pipeline.h"
#include "tracer_sandbox/trace_client.h"
#include "support/files.h"
#include "support/untrusted.h"
#include "support/tls.h"
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

// Checks each --inputs is a JSON array, with a clear message otherwise, and reads the .npy
// files its "@path.npy" arguments name.
bool CheckInputs(std::vector<std::string>& inputs) {
  for (auto& text : inputs) {
    auto expanded = fxn::client::ExpandNpyArguments(text);
    if (!expanded.ok()) {
      std::cerr << "fxn: --inputs '" << text << "': " << expanded.status().message() << "\n";
      return false;
    }
    text = *expanded;
  }
  if (auto s = fxn::tracer::CheckSamples(inputs); !s.ok()) {
    std::cerr << "fxn: --inputs: " << s.message() << "\n";
    return false;
  }
  return true;
}

// The file, checked as Python source fxn accepts (UTF-8, no NUL, within the size limit) and
// with an entry that is an identifier: a bad one is a usage error with a file:line:col.
absl::StatusOr<fxn::pipeline::Source> LoadSource(const CompileArgs& args) {
  auto text = fxn::ReadFile(args.file);
  if (!text.ok()) return text.status();
  fxn::pipeline::Source source{args.file, *text, args.entry, args.inputs, fxn::tracer::TraceTimeoutFromEnvironment()};
  if (auto s = fxn::tracer::CheckTraceRequest(fxn::pipeline::Request(source)); !s.ok()) return s;
  return source;
}

int ReportError(const absl::Status& status) {
  std::cerr << status.message() << "\n";
  return kExitFailed;
}

int ReportUsage(const absl::Status& status) {
  std::cerr << status.message() << "\n";
  return kExitUsage;
}

std::string Plural(size_t n, const char* word) { return absl::StrCat(n, " ", word, n == 1 ? "" : "s"); }

std::string StageWord(fxn::proto::Stage stage) {
  std::string name = fxn::proto::Stage_Name(stage);
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name == "not_verified" ? "compiled, not verified" : name;
}

std::string ProtoJson(const google::protobuf::Message& m) {
  std::string out;
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  (void)google::protobuf::util::MessageToJsonString(m, &out, options);
  return out;
}

// The job's status from the server, or the exit code after reporting why not.
std::variant<fxn::proto::JobStatus, int> FetchJob(fxn::client::Connection& conn, const std::string& job_id);

int ServerError(const grpc::Status& status, const fxn::client::Connection& conn) {
  if (status.error_code() == grpc::StatusCode::UNAVAILABLE && !conn.embedded()) {
    // A TLS mismatch or a certificate that does not verify reaches gRPC as a failed handshake:
    // probing the server once more says which.
    if (std::string why = fxn::DiagnoseConnection(conn.address(), conn.tls()); !why.empty()) {
      std::cerr << "fxn: cannot talk to the fxn server at " << conn.address() << ": " << why << "\n";
      return kExitFailed;
    }
    std::cerr << "fxn: cannot reach the fxn server at " << conn.address() << ": " << status.error_message()
              << "\n  start it (fxn-server --listen " << conn.address()
              << "), or unset FXN_SERVER to compile on this machine\n";
    return kExitFailed;
  }
  std::cerr << "fxn: " << status.error_message() << "\n";
  return status.error_code() == grpc::StatusCode::INVALID_ARGUMENT ? kExitUsage : kExitFailed;
}

std::variant<fxn::proto::JobStatus, int> FetchJob(fxn::client::Connection& conn, const std::string& job_id) {
  grpc::ClientContext ctx;
  conn.Authorize(ctx);
  fxn::proto::GetJobRequest get;
  get.set_job_id(job_id);
  fxn::proto::JobStatus job;
  auto got = conn.compiler().GetJob(&ctx, get, &job);
  if (!got.ok()) return ServerError(got, conn);
  return job;
}

// Downloads a bundle blob and unpacks it into dir.
absl::Status Download(fxn::client::Connection& conn, const std::string& digest, const std::string& dir) {
  grpc::ClientContext ctx;
  conn.Authorize(ctx);
  fxn::proto::DownloadRequest request;
  request.set_digest(digest);
  auto reader = conn.compiler().Download(&ctx, request);
  std::string data;
  fxn::proto::Chunk chunk;
  while (reader->Read(&chunk)) {
    if (data.size() + chunk.data().size() > fxn::kMaxBundleBytes) {
      ctx.TryCancel();
      return absl::ResourceExhaustedError(absl::StrCat("artifact ", digest, " is over ", fxn::kMaxBundleBytes >> 20,
                                                       " MiB, the limit for one bundle; nothing was written"));
    }
    data += chunk.data();
  }
  auto status = reader->Finish();
  if (!status.ok()) return absl::UnavailableError(absl::StrCat("downloading ", digest, ": ", status.error_message()));
  fxn::proto::Bundle bundle;
  if (!bundle.ParseFromString(data)) return absl::DataLossError(absl::StrCat("artifact ", digest, " does not parse"));
  return fxn::pipeline::UnpackBundle(bundle, dir);
}

// " and N generated inputs" from a verified bundle's manifest when it was fuzzed; inputs at
// fxn's documented limits are counted apart and each target warns about them (stderr).
std::string FuzzSummary(const nlohmann::json& manifest, const std::string& target) {
  if (!manifest.is_object() || !manifest.contains("fuzz") || !manifest["fuzz"].is_object()) return "";
  const auto& fuzz = manifest["fuzz"];
  int agreed = fuzz.value("agreed", 0), limits = fuzz.value("limits", 0);
  std::string out = absl::StrCat(" and ", Plural(agreed, "generated input"));
  if (fuzz.contains("note")) std::cerr << "fxn: " << target << ": fuzzing: " << fuzz["note"].get<std::string>() << "\n";
  if (limits > 0) {
    absl::StrAppend(&out, " (", limits, " more hit fxn's documented limits)");
    std::cerr << "fxn: warning: " << target << ": " << Plural(limits, "generated input")
              << " hit fxn's documented limits (not differences; WORKSPACE.md lists them), e.g.\n";
    if (fuzz.contains("limit_examples") && fuzz["limit_examples"].is_array() && !fuzz["limit_examples"].empty()) {
      const auto& e = fuzz["limit_examples"][0];
      std::cerr << "  input:   " << e.value("input", "") << "\n  CPython: " << e.value("cpython", "")
                << "\n  fxn:     " << e.value("fxn", "") << "\n";
    }
  }
  return out;
}

// Prints the outcome of a finished job and writes its bundles; returns the exit code.
int Summarize(fxn::client::Connection& conn, const fxn::proto::JobStatus& job, const fxn::proto::Event& traced,
              const std::string& out_dir, bool json) {
  if (job.stage() == fxn::proto::FAILED) {
    std::cerr << job.message() << "\n";
    return kExitFailed;
  }
  std::vector<std::string> summary;
  if (traced.stage() == fxn::proto::TRACED) {
    summary.push_back(absl::StrCat("traced ", traced.entry(), " (", Plural(traced.functions(), "function"), ", ",
                                   traced.ir_nodes(), " IR nodes)", traced.cached() ? " [cached]" : ""));
  }
  std::vector<std::string> artifacts;
  int rc = 0;
  for (const auto& t : job.targets()) {
    // Names from the server become paths only once checked: a compromised server cannot make
    // fxn write or delete outside out_dir.
    auto bundle_dir = fxn::pipeline::BundleDir(out_dir, job.entry(), t.target());
    if (!bundle_dir.ok()) {
      std::cerr << "fxn: the server's answer was refused: " << bundle_dir.status().message() << "\n";
      return kExitFailed;
    }
    const std::string& bundle = *bundle_dir;
    if (!t.artifact_digest().empty()) {
      if (auto s = Download(conn, t.artifact_digest(), bundle); !s.ok()) {
        std::cerr << t.target() << ": " << s.message() << "\n";
        rc = kExitFailed;
        continue;
      }
    }
    if (t.stage() == fxn::proto::VERIFIED) {
      if (!t.message().empty()) std::cerr << "fxn: warning: " << t.target() << ": " << t.message() << "\n";
      summary.push_back(absl::StrCat("compiled ", t.target(), t.cached() ? " [cached]" : ""));
      auto manifest = nlohmann::json::parse(fxn::ReadFile(bundle + "/manifest.json").value_or("{}"), nullptr, false);
      summary.push_back(absl::StrCat("verified on ", Plural(traced.samples(), "sample"), FuzzSummary(manifest, t.target())));
      std::string lib = manifest.is_object() ? manifest.value("library", "?") : "?";
      artifacts.push_back(absl::StrCat("artifact: ", bundle, "/ (", lib, ", ", job.entry(), ".h, manifest.json)"));
    } else {
      rc = kExitFailed;
      // A multi-line message is a diagnostic (a fuzzing difference): on lines of its own.
      bool diagnostic = t.message().find('\n') != std::string::npos;
      std::cerr << t.target() << ": " << StageWord(t.stage()) << (t.message().empty() ? "" : (diagnostic ? "\n" : ": ") + t.message()) << "\n";
      summary.push_back(t.artifact_digest().empty() ? absl::StrCat(t.target(), " failed")
                                                    : absl::StrCat("compiled ", t.target(), " · NOT verified"));
      if (!t.artifact_digest().empty()) artifacts.push_back(absl::StrCat("artifact (not verified): ", bundle, "/"));
    }
  }
  if (!json) {
    std::cout << absl::StrJoin(summary, " · ") << "\n";
    for (const auto& a : artifacts) std::cout << a << "\n";
  }
  return rc;
}

// Whether a failed stream means the server went away (restarting, say) rather than refused.
bool LostServer(const grpc::Status& status) {
  return status.error_code() == grpc::StatusCode::UNAVAILABLE || status.error_code() == grpc::StatusCode::CANCELLED ||
         status.error_code() == grpc::StatusCode::UNKNOWN || status.error_code() == grpc::StatusCode::INTERNAL;
}

// Seconds `fxn push` waits for a lost server to come back: FXN_RECONNECT_SECONDS, else 60.
int ReconnectSeconds() {
  const char* env = std::getenv("FXN_RECONNECT_SECONDS");
  int seconds = env ? std::atoi(env) : -1;
  return seconds >= 0 ? seconds : 60;
}

// After losing the server mid-job: retries with backoff until the server answers (it keeps the
// job across a restart), then follows the job again by id. Returns the final stream status.
grpc::Status Reattach(fxn::client::Connection& conn, const std::string& job_id, grpc::Status lost,
                      const std::function<grpc::Status(grpc::ClientReaderInterface<fxn::proto::Event>&)>& follow) {
  const int grace = ReconnectSeconds();
  std::cerr << "fxn: lost the server at " << conn.address() << " (" << lost.error_message() << "); job " << job_id
            << " lives on there: re-attaching for up to " << grace << " s\n";
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(grace);
  auto backoff = std::chrono::milliseconds(200);
  grpc::Status status = lost;
  while (std::chrono::steady_clock::now() < deadline) {
    // Waits for the server to accept connections (bounded), then follows the job.
    grpc::ClientContext probe_ctx;
    conn.Authorize(probe_ctx);
    probe_ctx.set_wait_for_ready(true);
    probe_ctx.set_deadline(std::min(std::chrono::system_clock::now() + std::chrono::seconds(2),
                                    std::chrono::system_clock::now() + (deadline - std::chrono::steady_clock::now())));
    fxn::proto::GetJobRequest get;
    get.set_job_id(job_id);
    fxn::proto::JobStatus ignored;
    status = conn.compiler().GetJob(&probe_ctx, get, &ignored);
    if (status.ok()) {
      std::cerr << "fxn: re-attached to job " << job_id << "\n";
      grpc::ClientContext ctx;
      conn.Authorize(ctx);
      auto reader = conn.compiler().Watch(&ctx, get);
      status = follow(*reader);
      if (status.ok() || !LostServer(status)) return status;
      std::cerr << "fxn: lost the server again (" << status.error_message() << "); retrying\n";
    } else if (!LostServer(status) && status.error_code() != grpc::StatusCode::DEADLINE_EXCEEDED) {
      return status;  // the server answered: the job is gone, say
    }
    std::this_thread::sleep_for(backoff);
    backoff = std::min(backoff * 2, std::chrono::milliseconds(2000));
  }
  std::cerr << "fxn: the server did not come back within " << grace << " s; follow the job later with `fxn status "
            << job_id << "` and `fxn pull " << job_id << "`\n";
  return status.ok() ? grpc::Status(grpc::StatusCode::UNAVAILABLE, "the server did not come back") : status;
}

// `--fuzz N --fuzz-seed S`: -1 when not given (then the environment or the config file decides).
struct FuzzFlags {
  int64_t inputs = -1;
  int64_t seed = -1;
};

int Push(CompileArgs args, const std::string& out_dir, const std::vector<std::string>& requested_targets, bool json,
         const fxn::client::Endpoint& server, const FuzzFlags& fuzz_flags = {}) {
  if (!CheckInputs(args.inputs)) return kExitUsage;
  std::vector<std::string> targets;
  for (const auto& t : requested_targets) {
    if (t != "all") {
      targets.push_back(t);
      continue;
    }
    for (const auto& known : fxn::toolchains::AllTargets())
      if (known.unavailable_reason.empty()) targets.push_back(known.name);
  }
  const bool embedded = fxn::client::ConfiguredServer(server.server).empty();
  int unavailable = 0;
  for (auto it = targets.begin(); it != targets.end();) {
    const auto* target = fxn::toolchains::FindTarget(*it);
    std::string why = target && embedded ? fxn::toolchains::CheckAvailable(*target) : "";
    if (target && !why.empty()) {  // this machine builds the embedded default's targets
      std::cerr << *it << ": not available here: " << why << "\n";
      ++unavailable;
      it = targets.erase(it);
    } else {
      ++it;
    }
  }
  if (targets.empty() && unavailable) return kExitFailed;
  for (const auto& t : targets) {
    if (!fxn::toolchains::FindTarget(t)) {
      std::cerr << "fxn: " << fxn::toolchains::UnknownTargetMessage(t) << "\n";
      return kExitUsage;
    }
  }
  auto source = LoadSource(args);
  if (!source.ok()) return ReportUsage(source.status());
  auto conn = fxn::client::Connection::Open(server, targets);
  if (!conn.ok()) return ReportError(conn.status());

  fxn::proto::PushRequest request;
  request.set_source(source->text);
  request.set_filename(args.file);
  request.set_entry(args.entry);
  for (const auto& s : args.inputs) request.add_samples_json(s);
  for (const auto& t : targets) request.add_targets(t);
  const int64_t fuzz_inputs = fxn::client::ConfiguredFuzzInputs(fuzz_flags.inputs);
  if (fuzz_inputs > fxn::kMaxFuzzInputs) {
    std::cerr << "fxn: --fuzz " << fuzz_inputs << ": at most " << fxn::kMaxFuzzInputs << " generated inputs per push\n";
    return kExitUsage;
  }
  request.set_fuzz_inputs(static_cast<int32_t>(fuzz_inputs));
  if (fuzz_inputs > 0) request.set_fuzz_seed(fxn::client::ConfiguredFuzzSeed(fuzz_flags.seed));

  fxn::proto::Event traced;
  std::string job_id;
  std::optional<fxn::client::LiveProgress> live;  // on a terminal: a live line per target (client/progress.cc)
  if (!json && fxn::client::LiveProgressWanted()) live.emplace(targets, std::cerr);
  size_t seen = 0;  // events shown: a re-attached stream repeats them from the start
  auto show = [&](const fxn::proto::Event& event) {
    job_id = event.job_id();
    if (event.stage() == fxn::proto::TRACED) traced = event;
    if (json) {
      std::cout << ProtoJson(event) << std::endl;
      return;
    }
    std::string what = event.target().empty() ? StageWord(event.stage()) : event.target() + ": " + StageWord(event.stage());
    if (event.stage() == fxn::proto::TRACED) what = absl::StrCat("traced ", event.entry());
    if (event.cached()) what += " (cached)";
    // Fuzzing's progress: what CPython ran (TRACED), what the artifact is run on (VERIFYING).
    if ((event.stage() == fxn::proto::TRACED || event.stage() == fxn::proto::VERIFYING) && !event.message().empty())
      what += " · " + event.message();
    if (live) live->OnEvent(event);
    else if (event.stage() != fxn::proto::DONE && event.stage() != fxn::proto::FAILED) std::cerr << "fxn: job " << job_id << ": " << what << "\n";
  };
  auto follow = [&](grpc::ClientReaderInterface<fxn::proto::Event>& reader) {
    fxn::proto::Event event;
    for (size_t index = 0; reader.Read(&event); ++index) {
      if (index < seen) continue;
      ++seen;
      show(event);
    }
    return reader.Finish();
  };
  grpc::Status status;
  {
    grpc::ClientContext ctx;
    (*conn)->Authorize(ctx);
    auto reader = (*conn)->compiler().Push(&ctx, request);
    status = follow(*reader);
  }
  if (!status.ok() && !job_id.empty() && !(*conn)->embedded() && LostServer(status)) {
    status = Reattach(**conn, job_id, status, [&](grpc::ClientReaderInterface<fxn::proto::Event>& r) { return follow(r); });
  }
  if (live) live->Finish();
  if (!status.ok()) return ServerError(status, **conn);
  auto job = FetchJob(**conn, job_id);
  if (auto* rc = std::get_if<int>(&job)) return *rc;
  int rc = Summarize(**conn, std::get<fxn::proto::JobStatus>(job), traced, out_dir, json);
  return unavailable ? kExitFailed : rc;
}

int Status(const std::string& job_id, bool json, const fxn::client::Endpoint& server) {
  auto conn = fxn::client::Connection::Open(server);
  if (!conn.ok()) return ReportError(conn.status());
  auto fetched = FetchJob(**conn, job_id);
  if (auto* rc = std::get_if<int>(&fetched)) return *rc;
  const auto& job = std::get<fxn::proto::JobStatus>(fetched);
  if (json) {
    std::cout << ProtoJson(job) << "\n";
  } else {
    std::cout << "job " << job.job_id() << ": " << StageWord(job.stage()) << (job.entry().empty() ? "" : " (" + job.entry() + ")")
              << "\n";
    if (!job.message().empty()) std::cout << job.message() << "\n";
    for (const auto& t : job.targets())
      std::cout << "  " << t.target() << ": " << StageWord(t.stage()) << (t.cached() ? " (cached)" : "")
                << (t.message().empty() ? "" : ": " + t.message())
                << (t.built_by().empty() ? "" : " [built by worker token " + t.built_by() + "]") << "\n";
  }
  return job.stage() == fxn::proto::DONE && job.ok() ? 0 : kExitFailed;
}

int Pull(const std::string& job_id, const std::string& out_dir, const fxn::client::Endpoint& server) {
  auto conn = fxn::client::Connection::Open(server);
  if (!conn.ok()) return ReportError(conn.status());
  auto fetched = FetchJob(**conn, job_id);
  if (auto* rc = std::get_if<int>(&fetched)) return *rc;
  const auto& job = std::get<fxn::proto::JobStatus>(fetched);
  if (job.stage() != fxn::proto::DONE) {
    std::cerr << "fxn: job " << job_id << " is " << StageWord(job.stage()) << "; nothing to pull\n";
    return kExitFailed;
  }
  int rc = 0;
  for (const auto& t : job.targets()) {
    if (t.artifact_digest().empty()) continue;
    auto checked = fxn::pipeline::BundleDir(out_dir, job.entry(), t.target());
    if (!checked.ok()) {
      std::cerr << "fxn: the server's answer was refused: " << checked.status().message() << "\n";
      return kExitFailed;
    }
    const std::string& dir = *checked;
    if (auto s = Download(**conn, t.artifact_digest(), dir); !s.ok()) {
      std::cerr << t.target() << ": " << s.message() << "\n";
      rc = kExitFailed;
    } else {
      std::cout << dir << "/\n";
    }
  }
  return rc;
}

int Run(const std::string& bundle, std::vector<std::string> inputs, bool json) {
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
  if (json) {  // the artifact's answer lines as they are: {"ok": ...} or {"error": {...}}
    for (const auto& line : *lines) std::cout << line << "\n";
    return 0;
  }
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
      const char* text = fxn_value_str(message, &len);
      const std::string msg = text ? std::string(text, len) : "";  // whole, NUL bytes too, as CPython prints it
      std::cerr << fxn_value_str(type, &len) << (msg.empty() ? "" : ": " + msg) << "\n";
      rc = kExitFailed;
    }
    fxn_value_free(v);
  }
  return rc;
}

const char* ConventionName(fxn::ops::Convention c) {
  switch (c) {
    case fxn::ops::Convention::kPure: return "pure";
    case fxn::ops::Convention::kFallible: return "fallible";
    case fxn::ops::Convention::kPureVoid: return "pure_void";
    case fxn::ops::Convention::kFallibleVoid: return "fallible_void";
    case fxn::ops::Convention::kElementwise: return "elementwise";
    case fxn::ops::Convention::kElementwiseFallible: return "elementwise_fallible";
  }
  return "?";
}

// `fxn ops`: the registry's rows, in lookup order (for the same target and types the first wins).
int ListOperators(const std::string& filter, bool json) {
  const auto& table = fxn::ops::Registry::Get().operators();
  size_t width = 0;
  for (const auto& op : table) width = std::max(width, op.python_target.size());
  for (const auto& op : table) {
    if (op.python_target.find(filter) == std::string::npos) continue;
    std::string targets = absl::StrJoin(op.targets, ",");
    if (json) {
      std::cout << nlohmann::json{{"target", op.python_target}, {"signature", op.signature.ToString()},
                                  {"convention", ConventionName(op.convention)}, {"targets", op.targets},
                                  {"kernel", op.kernel}, {"dtypes", op.dtypes}}.dump()
                << "\n";
    } else {
      std::cout << op.python_target << std::string(width + 2 - op.python_target.size(), ' ') << op.signature.ToString()
                << "  [" << ConventionName(op.convention) << "] " << (targets == "*" ? "" : "on " + targets + " ")
                << (op.dtypes.empty() ? "" : "for " + absl::StrJoin(op.dtypes, ",") + " ") << "-> fxn::ops::" << op.kernel
                << "\n";
    }
  }
  return 0;
}

int PrintIr(CompileArgs args) {
  if (!CheckInputs(args.inputs)) return kExitUsage;
  auto source = LoadSource(args);
  if (!source.ok()) return ReportUsage(source.status());
  auto traced = fxn::pipeline::TraceCached(*source, fxn::DefaultCacheDir());
  if (!traced.ok()) return ReportError(traced.status());
  std::cout << fxn::ir::Print(traced->module);
  return 0;
}

int PrintSource(CompileArgs args, const std::string& target) {
  if (!CheckInputs(args.inputs)) return kExitUsage;
  auto source = LoadSource(args);
  if (!source.ok()) return ReportUsage(source.status());
  auto traced = fxn::pipeline::TraceCached(*source, fxn::DefaultCacheDir());
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
    std::string runner = why.empty() ? fxn::toolchains::CheckRunner(t) : "";
    if (json) {
      out.push_back({{"name", t.name}, {"triple", t.triple}, {"available", why.empty()}, {"reason", why},
                     {"verifiable", why.empty() && runner.empty()}, {"runner", runner}});
      continue;
    }
    std::string state = !why.empty() ? "unavailable: " + why
                        : !runner.empty() ? "available, not verifiable: " + runner
                        : t.runner.empty() ? "available, verified natively"
                                           : "available, verified under " + t.runner[0].substr(t.runner[0].rfind('/') + 1);
    std::cout << t.name << std::string(t.name.size() < 16 ? 16 - t.name.size() : 1, ' ') << state << "\n";
  }
  if (json) std::cout << out.dump(2) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"fxn: compile plain Python functions into fast, verified native libraries"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "fxn 0.1.0");
  fxn::client::Endpoint server;
  app.add_option("--server", server.server,
                 "fxn-server address (host:port); default: $FXN_SERVER, then \"server\" in "
                 "$XDG_CONFIG_HOME/fxn/config.json, else an embedded server and worker in this process");
  app.add_option("--token", server.token,
                 "the token the server asked for (fxn-server token create); default: $FXN_TOKEN, then \"token\" "
                 "in the config file; the embedded server needs none");
  app.add_option("--tls-ca", server.tls_ca,
                 "PEM CA that signed the server's certificate: talk TLS to it; default: $FXN_TLS_CA, then \"tls_ca\" "
                 "in the config file, else plain text");

  CompileArgs push_args;
  std::string out_dir = "fxn-out";
  std::string targets = fxn::toolchains::HostTargetName();
  bool push_json = false;
  auto* push = app.add_subcommand("push", "trace, compile and verify a function; write a bundle per target");
  AddCompileOptions(push, push_args);
  push->get_option("--inputs")->required(false);  // without it: the @fxn.compile functions (client/marked.cc)
  push->add_option("-o,--out", out_dir, "bundles go to DIR/ENTRY/TARGET")->capture_default_str();
  push->add_option("--targets,-t", targets, "comma-separated targets, or `all` (see `fxn targets`)")->capture_default_str();
  push->add_flag("--json", push_json, "print progress events as JSON lines");
  FuzzFlags fuzz_flags;
  push->add_option("--fuzz", fuzz_flags.inputs,
                   "also verify on N inputs generated from the traced argument types, run by CPython and by every "
                   "target (default: $FXN_FUZZ, then \"fuzz\" in the config file, else 0)");
  push->add_option("--fuzz-seed", fuzz_flags.seed,
                   "the generator's seed: the same seed gives the same inputs (default: $FXN_FUZZ_SEED, then "
                   "\"fuzz_seed\" in the config file, else 0)");
  push->footer(
      "Example:\n  fxn push examples/nbody.py --entry nbody --inputs '[1000]'\n"
      "Without --inputs: every function FILE marks with @fxn.compile(inputs=..., targets=...) (the\n"
      "fxn Python package, python/README.md), each with its mark's samples and targets; --entry\n"
      "picks one, --targets overrides the marks'.\n"
      "Exit status: 0 when every target verified, 1 when the function was rejected or a target\n"
      "failed, 2 for a bad command line.\n"
      "Environment: FXN_TRACE_TIMEOUT (seconds the samples may run while tracing, default 60),\n"
      "FXN_RECONNECT_SECONDS (how long to wait for a server that went away mid-job, default 60),\n"
      "FXN_SANDBOX=seccomp (trace with seccomp and rlimits alone where bubblewrap cannot run),\n"
      "XDG_CACHE_HOME (toolchain support files go to $XDG_CACHE_HOME/fxn).\n"
      "The function's module runs only inside the trace sandbox (see README).");

  std::string bundle;
  std::vector<std::string> run_inputs;
  auto* run = app.add_subcommand("run", "run a bundle on inputs; print each result as JSON");
  run->add_option("bundle", bundle, "bundle directory (DIR/ENTRY/TARGET)")->required();
  run->add_option("--inputs,-i", run_inputs, "JSON array of positional arguments; once per call")->required()->take_all()->allow_extra_args(false);
  bool run_json = false;
  run->add_flag("--json", run_json,
                "print the artifact's answer per input as a JSON line, {\"ok\": RESULT} or {\"error\": {\"type\": ..., "
                "\"message\": ...}}, and exit 0");
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

  std::string status_job;
  bool status_json = false;
  auto* status = app.add_subcommand("status", "show a job's state per target");
  status->add_option("job", status_job, "job id, as `fxn push` printed it")->required();
  status->add_flag("--json", status_json, "the JobStatus message as JSON");

  std::string pull_job, pull_out = "fxn-out";
  auto* pull = app.add_subcommand("pull", "download a finished job's bundles");
  pull->add_option("job", pull_job, "job id")->required();
  pull->add_option("-o,--out", pull_out, "bundles go to DIR/ENTRY/TARGET")->capture_default_str();

  std::string ops_filter;
  bool ops_json = false;
  auto* ops = app.add_subcommand("ops", "list the operator registry: each Python operation fxn compiles and its kernels");
  ops->add_option("filter", ops_filter, "only operations whose Python target contains this text (e.g. numpy.)");
  ops->add_flag("--json", ops_json, "one JSON object per operator row");

  bool targets_json = false;
  auto* list_targets = app.add_subcommand("targets", "list targets and whether this machine can build them");
  list_targets->add_flag("--json", targets_json, "machine-readable output");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : kExitUsage;
  }
  if (*push && push_args.inputs.empty()) {  // every @fxn.compile function of the file, with its mark's inputs
    bool targets_given = push->get_option("--targets")->count() > 0;
    return fxn::client::PushMarked(push_args.file, push_args.entry, absl::StrSplit(targets, ',', absl::SkipEmpty()),
                                   targets_given, [&](const fxn::client::MarkedPush& marked) {
                                     return Push({push_args.file, marked.entry, marked.samples_json}, out_dir,
                                                 marked.targets, push_json, server, fuzz_flags);
                                   });
  }
  if (*push) return Push(push_args, out_dir, absl::StrSplit(targets, ',', absl::SkipEmpty()), push_json, server, fuzz_flags);
  if (*status) return Status(status_job, status_json, server);
  if (*pull) return Pull(pull_job, pull_out, server);
  if (*run) return Run(bundle, run_inputs, run_json);
  if (*ir) return PrintIr(ir_args);
  if (*source) return PrintSource(source_args, source_target);
  if (*list_targets) return ListTargets(targets_json);
  if (*ops) return ListOperators(ops_filter, ops_json);
  return kExitUsage;
}
