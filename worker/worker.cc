#include "worker/worker.h"

#include <grpcpp/grpcpp.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "pipeline/bundle.h"
#include "pipeline/pipeline.h"
#include "support/files.h"
#include "support/subprocess.h"
#include "support/untrusted.h"
#include "tracer_sandbox/sandbox.h"

namespace fxn::worker {
namespace fs = std::filesystem;

absl::StatusOr<std::unique_ptr<Worker>> Worker::Create(const WorkerOptions& options) {
  std::unique_ptr<Worker> w(new Worker());
  w->options_ = options;
  if (w->options_.worker_id.empty()) {
    char host[256] = "worker";
    gethostname(host, sizeof host - 1);
    w->options_.worker_id = absl::StrCat(host, "-", getpid());
  }
  if (w->options_.cache_dir.empty()) w->options_.cache_dir = DefaultCacheDir();
  if (w->options_.tracer_binary.empty()) w->options_.tracer_binary = ExecutableDir() + "/fxn-trace";
  for (const auto& t : toolchains::AllTargets()) {
    if (!w->options_.targets.empty() &&
        std::find(w->options_.targets.begin(), w->options_.targets.end(), t.name) == w->options_.targets.end()) {
      continue;
    }
    auto tc = toolchains::Toolchain::Open(t, w->options_.cache_dir);
    if (!tc.ok()) {  // missing tools or SDKs are expected
      spdlog::info("worker: target {} unavailable: {}", t.name, std::string(tc.status().message()));
      continue;
    }
    w->target_names_.push_back(t.name);
    w->toolchains_.push_back(std::move(*tc));
  }
  for (const auto& want : w->options_.targets) {
    if (std::find(w->target_names_.begin(), w->target_names_.end(), want) == w->target_names_.end()) {
      return absl::FailedPreconditionError(absl::StrCat("target ", want, " is not available on this worker"));
    }
  }
  std::string sandbox_mode = "none (no trace tasks)";
  if (w->options_.trace) {
    // Refuse to start rather than take trace tasks it cannot sandbox.
    auto sandbox = tracer::PlanSandbox(w->options_.tracer_binary);
    if (!sandbox.ok()) return sandbox.status();
    sandbox_mode = sandbox->mode;
    if (sandbox->mode != "bubblewrap") spdlog::warn("worker: traces run with {} only (FXN_SANDBOX=seccomp)", sandbox->mode);
  }
  w->sandbox_mode_ = sandbox_mode;
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(static_cast<int>(kMaxTraceResultBytes + kMaxSourceBytes + kMaxSamplesBytes));
  args.SetMaxSendMessageSize(static_cast<int>(kMaxTraceResultBytes + kMaxSourceBytes + kMaxSamplesBytes));
  // Reconnect quickly when the server comes back (gRPC's default backoff grows to 2 minutes).
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 200);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 2000);
  auto credentials = MakeChannelCredentials(w->options_.tls);
  if (!credentials.ok()) return credentials.status();
  auto channel = grpc::CreateCustomChannel(w->options_.server, *credentials, args);
  w->stub_ = proto::WorkerHub::NewStub(channel);
  return w;
}

Worker::~Worker() { Stop(); }

void Worker::Start() {
  spdlog::info("worker {}: serving {} (trace: {}, sandbox: {}), {} slot(s)", options_.worker_id,
               target_names_.empty() ? std::string("no targets") : absl::StrJoin(target_names_, ","),
               options_.trace ? "yes" : "no", sandbox_mode_, options_.slots);
  for (int i = 0; i < options_.slots; ++i) threads_.emplace_back([this, i] { Loop(i); });
  warm_ = std::thread([this] {
    for (const auto& tc : toolchains_) {
      const auto& want = options_.warm_targets;
      if (stop_ || std::find(want.begin(), want.end(), tc.target().name) == want.end()) continue;
      // A toolchain that is installed but cannot build its support files is a fault worth
      // seeing; its compile tasks will fail with the same message.
      if (auto s = tc.Prepare(); !s.ok())
        spdlog::warn("worker: target {} has its tools but failed to prepare: {}", tc.target().name, std::string(s.message()));
    }
  });
}

void Worker::Stop() {
  stop_ = true;
  for (auto& t : threads_)
    if (t.joinable()) t.join();
  threads_.clear();
  if (warm_.joinable()) warm_.join();
}

void Worker::Loop(int slot) {
  int backoff_ms = 100;
  while (!stop_) {
    proto::LeaseRequest request;
    request.set_worker_id(options_.worker_id);
    request.set_can_trace(options_.trace);
    request.set_wait_ms(1000);  // short polls, so Stop() is prompt
    for (const auto& tc : toolchains_) {
      auto* t = request.add_targets();
      t->set_name(tc.target().name);
      t->set_toolchain_digest(tc.digest());
    }
    proto::LeaseResponse response;
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    Authorize(ctx);
    auto status = stub_->Lease(&ctx, request, &response);
    if (!status.ok()) {
      bool refused = status.error_code() == grpc::StatusCode::UNAUTHENTICATED ||
                     status.error_code() == grpc::StatusCode::PERMISSION_DENIED;
      if (slot == 0 && refused && backoff_ms >= 1600) {
        spdlog::error("worker: {} refuses this worker: {}", options_.server, status.error_message());
      } else if (slot == 0 && backoff_ms >= 1600) {
        // gRPC says only that the handshake failed; the probe says why (TLS on one side only,
        // a certificate that does not verify).
        std::string why = status.error_code() == grpc::StatusCode::UNAVAILABLE ? DiagnoseConnection(options_.server, options_.tls) : "";
        spdlog::warn("worker: cannot reach {}: {}", options_.server, why.empty() ? status.error_message() : why);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(backoff_ms));
      backoff_ms = std::min(backoff_ms * 2, 5000);
      continue;
    }
    backoff_ms = 100;
    if (!response.has_task()) continue;
    const proto::Task& task = response.task();

    // Heartbeats keep the lease while the task runs; a lost lease abandons nothing here, the
    // server has given the task to someone else and will refuse this result.
    std::mutex mu;
    std::condition_variable cv;
    bool finished = false;
    std::deque<proto::Stage> stages;  // reached, not yet reported: each is sent, in order
    std::thread heartbeat([&] {
      auto interval = std::chrono::milliseconds(std::max<int64_t>(task.lease_ms() / 4, 100));
      std::unique_lock lock(mu);
      while (!finished || !stages.empty()) {
        proto::HeartbeatRequest hb;
        hb.set_worker_id(options_.worker_id);
        hb.set_task_id(task.task_id());
        if (!stages.empty()) {
          hb.set_stage(stages.front());
          stages.pop_front();
        }
        lock.unlock();
        proto::HeartbeatResponse hr;
        grpc::ClientContext hctx;
        hctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
        Authorize(hctx);
        stub_->Heartbeat(&hctx, hb, &hr);
        lock.lock();
        if (stages.empty() && !finished) cv.wait_for(lock, interval, [&] { return finished || !stages.empty(); });
      }
    });
    auto report = [&](proto::Stage s) {
      std::lock_guard lock(mu);
      stages.push_back(s);
      cv.notify_all();
    };
    proto::CompleteRequest result = RunTask(task, report);
    {
      std::lock_guard lock(mu);
      finished = true;
      cv.notify_all();
    }
    heartbeat.join();
    result.set_worker_id(options_.worker_id);
    result.set_task_id(task.task_id());
    proto::CompleteResponse ignored;
    grpc::ClientContext cctx;
    cctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
    Authorize(cctx);
    auto done = stub_->Complete(&cctx, result, &ignored);
    if (!done.ok()) spdlog::warn("worker: task {} result refused: {}", task.task_id(), done.error_message());
  }
}

proto::CompleteRequest Worker::RunTask(const proto::Task& task, const std::function<void(proto::Stage)>& report) {
  if (task.kind() == proto::Task::TRACE) return RunTrace(task);
  return RunCompile(task, report);
}

proto::CompleteRequest Worker::RunTrace(const proto::Task& task) {
  proto::CompleteRequest out;
  tracer::TracerOptions options;
  options.tracer_binary = options_.tracer_binary;
  options.timeout_seconds = options_.trace_timeout_seconds;
  auto result = pipeline::TraceRequestResult(task.trace(), options);
  if (!result.ok()) {
    out.set_ok(false);
    out.set_error(std::string(result.status().message()));
    return out;
  }
  out.set_ok(true);
  *out.mutable_trace_result() = std::move(*result);
  return out;
}

proto::CompleteRequest Worker::RunCompile(const proto::Task& task, const std::function<void(proto::Stage)>& report) {
  proto::CompleteRequest out;
  out.set_ok(false);
  const toolchains::Toolchain* toolchain = nullptr;
  for (const auto& tc : toolchains_)
    if (tc.target().name == task.target()) toolchain = &tc;
  if (!toolchain) {
    out.set_error(absl::StrCat("this worker has no toolchain for ", task.target()));
    return out;
  }
  auto traced = pipeline::FromTraceResult(task.traced());
  if (!traced.ok()) {
    out.set_error(std::string(traced.status().message()));
    return out;
  }
  traced->python_source = task.python_source();  // fuzzing's shrinking traces it again
  auto lowered = pipeline::LowerForTarget(*traced, task.python_source(), task.target());
  if (!lowered.ok()) {
    out.set_error(std::string(lowered.status().message()));
    return out;
  }
  std::string dir = absl::StrCat(fs::temp_directory_path().string(), "/fxn-worker-", getpid(), "-", task.task_id());
  auto built = pipeline::BuildAndVerify(*traced, *lowered, *toolchain, dir, report);
  std::error_code ec;
  if (!built.ok() && lowered->unbounded_copy) {
    // The copy over unbounded ints is young: a compile error there must not cost the push. The
    // artifact keeps fxn's 64-bit ints, and the user is told (the tests fail on this note).
    const std::string why = std::string(built.status().message());
    spdlog::warn("worker: {}: the copy over unbounded ints did not compile: {}", task.target(), why);
    auto plain = pipeline::LowerForTarget(*traced, task.python_source(), task.target(), false);
    if (plain.ok()) {
      built = pipeline::BuildAndVerify(*traced, *plain, *toolchain, dir, report);
      if (built.ok() && built->message.empty())
        built->message = absl::StrCat("fxn's copy of this function over unbounded ints did not compile, so its ints "
                                      "stay 64-bit (an fxn bug, please report it): ",
                                      why.substr(0, why.find('\n')));
    }
  }
  if (!built.ok()) {
    fs::remove_all(dir, ec);
    out.set_error(std::string(built.status().message()));
    return out;
  }
  auto bundle = pipeline::PackBundle(built->bundle_dir);
  fs::remove_all(dir, ec);
  if (!bundle.ok()) {
    out.set_error(std::string(bundle.status().message()));
    return out;
  }
  auto digest = Upload(task, bundle->SerializeAsString());
  if (!digest.ok()) {
    out.set_error(absl::StrCat("uploading the bundle failed: ", digest.status().message()));
    return out;
  }
  out.set_ok(true);
  out.set_bundle_digest(*digest);
  out.set_verdict(built->verdict == pipeline::Verdict::kVerified ? proto::VERIFIED
                  : built->verdict == pipeline::Verdict::kCompiledNotVerified ? proto::NOT_VERIFIED
                                                                               : proto::FAILED);
  out.set_verdict_message(built->message);
  return out;
}

void Worker::Authorize(grpc::ClientContext& ctx) const {
  if (!options_.token.empty()) ctx.AddMetadata("authorization", "Bearer " + options_.token);
}

absl::StatusOr<std::string> Worker::Upload(const proto::Task& task, const std::string& data) {
  constexpr size_t kChunk = 1 << 20;
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(5));
  Authorize(ctx);
  proto::UploadResponse response;
  auto writer = stub_->UploadBundle(&ctx, &response);
  for (size_t offset = 0; offset == 0 || offset < data.size(); offset += kChunk) {
    proto::UploadChunk chunk;
    chunk.set_worker_id(options_.worker_id);
    chunk.set_task_id(task.task_id());
    chunk.set_data(data.substr(offset, kChunk));
    if (!writer->Write(chunk)) break;  // the server answered early: Finish says why
  }
  writer->WritesDone();
  auto status = writer->Finish();
  if (!status.ok()) return absl::UnavailableError(status.error_message());
  return response.digest();
}

}  // namespace fxn::worker
