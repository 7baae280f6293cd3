#include "server/server.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <google/protobuf/util/json_util.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>

#include "absl/strings/str_cat.h"
#include "compiler.grpc.pb.h"
#include "server/audit.h"
#include "server/blob_store.h"
#include "server/dashboard.h"
#include "server/index.h"
#include "server/quotas.h"
#include "server/scheduler.h"
#include "server/server_tls.h"
#include "server/tokens.h"
#include "support/untrusted.h"

namespace fxn::server {
namespace {

grpc::Status ToGrpc(const absl::Status& s) {
  if (s.ok()) return grpc::Status::OK;
  grpc::StatusCode code = grpc::StatusCode::INTERNAL;
  switch (s.code()) {
    case absl::StatusCode::kInvalidArgument: code = grpc::StatusCode::INVALID_ARGUMENT; break;
    case absl::StatusCode::kNotFound: code = grpc::StatusCode::NOT_FOUND; break;
    case absl::StatusCode::kResourceExhausted: code = grpc::StatusCode::RESOURCE_EXHAUSTED; break;
    case absl::StatusCode::kFailedPrecondition: code = grpc::StatusCode::FAILED_PRECONDITION; break;
    case absl::StatusCode::kDataLoss: code = grpc::StatusCode::DATA_LOSS; break;
    case absl::StatusCode::kUnavailable: code = grpc::StatusCode::UNAVAILABLE; break;
    default: break;
  }
  return grpc::Status(code, std::string(s.message()));
}

grpc::Status ToGrpcAuth(const absl::Status& s) {
  if (s.code() == absl::StatusCode::kUnauthenticated) return grpc::Status(grpc::StatusCode::UNAUTHENTICATED, std::string(s.message()));
  if (s.code() == absl::StatusCode::kPermissionDenied) return grpc::Status(grpc::StatusCode::PERMISSION_DENIED, std::string(s.message()));
  return ToGrpc(s);
}

std::string_view AuthorizationOf(grpc::CallbackServerContext* ctx) {
  const auto& metadata = ctx->client_metadata();
  auto it = metadata.find("authorization");
  return it == metadata.end() ? std::string_view() : std::string_view(it->second.data(), it->second.size());
}

// The caller's identity from its `authorization` metadata, checked for `role`; refusals are
// logged (never the token itself), accepted calls audited (server/audit.h). `job_id`: the job
// the call names, if any (Push audits its new job itself).
absl::StatusOr<Identity> Authorize(const Authenticator& auth, grpc::CallbackServerContext* ctx, Role role,
                                   std::string_view method, std::string_view job_id = "") {
  auto identity = auth.Check(AuthorizationOf(ctx), role);
  if (!identity.ok()) {
    spdlog::warn("refused {} from {}: {}", method, ctx->peer(), absl::StatusCodeToString(identity.status().code()));
  } else if (method != "Push") {
    Audit(*identity, method, job_id, ctx->peer());
  }
  return identity;
}

// A worker as the scheduler knows it: its token's id and the id it chose, so a lease granted to
// one token's worker can be heartbeaten, uploaded to and completed only with that token.
std::string WorkerKey(const Identity& who, const std::string& worker_id) {
  return who.token_id.empty() ? worker_id : absl::StrCat(who.token_id, "/", worker_id);
}

// A quota refusal tells gRPC callers when to retry, as HTTP's Retry-After does.
grpc::Status ToGrpcWithRetry(grpc::CallbackServerContext* ctx, const absl::Status& s) {
  if (auto seconds = RetryAfterSeconds(s)) ctx->AddTrailingMetadata("retry-after", absl::StrCat(*seconds));
  return ToGrpc(s);
}

// A streaming call refused before it starts.
template <class T>
class RefusedWriter : public grpc::ServerWriteReactor<T> {
 public:
  explicit RefusedWriter(const absl::Status& s) { this->Finish(ToGrpcAuth(s)); }
  void OnDone() override { delete this; }
};
template <class T>
class RefusedReader : public grpc::ServerReadReactor<T> {
 public:
  explicit RefusedReader(const absl::Status& s) { this->Finish(ToGrpcAuth(s)); }
  void OnDone() override { delete this; }
};

grpc::ServerUnaryReactor* Refuse(grpc::CallbackServerContext* ctx, const absl::Status& s) {
  auto* reactor = ctx->DefaultReactor();
  reactor->Finish(ToGrpcAuth(s));
  return reactor;
}

// Streams a job's events, past ones first, until DONE: Push (after submitting the job) and
// Watch (a job already known) alike. Events arrive from the scheduler (under its lock) and are
// written one at a time, as the callback API requires.
class EventStreamReactor : public grpc::ServerWriteReactor<proto::Event> {
 public:
  // Submits `request` for the caller's tenant and streams the new job's events.
  EventStreamReactor(Scheduler* scheduler, grpc::CallbackServerContext* ctx, const Identity& who,
                     const proto::PushRequest* request)
      : scheduler_(scheduler), tenant_(who.tenant) {
    auto id = scheduler_->Submit(*request, tenant_);
    Audit(who, "Push", id.ok() ? *id : "", ctx->peer());
    if (!id.ok()) {
      Finish(ToGrpcWithRetry(ctx, id.status()));
      return;
    }
    Follow(*id);
  }
  // Streams the events of an existing job of the tenant.
  EventStreamReactor(Scheduler* scheduler, const std::string& tenant, const std::string& job_id)
      : scheduler_(scheduler), tenant_(tenant) {
    Follow(job_id);
  }

  void OnWriteDone(bool ok) override {
    std::lock_guard lock(mu_);
    bool was_done = queue_.front().stage() == proto::DONE;
    queue_.pop_front();
    if (!ok) {
      finished_ = true;
      Finish(grpc::Status(grpc::StatusCode::CANCELLED, "the client went away"));
      return;
    }
    if (was_done) {
      finished_ = true;
      Finish(grpc::Status::OK);
      return;
    }
    if (!queue_.empty()) StartWrite(&queue_.front());
    else writing_ = false;
  }

  void OnDone() override {
    if (subscription_) scheduler_->Unsubscribe(job_id_, *subscription_);
    delete this;
  }

  void OnCancel() override {
    std::lock_guard lock(mu_);
    if (!writing_ && !finished_) {
      finished_ = true;
      Finish(grpc::Status(grpc::StatusCode::CANCELLED, "the client went away"));
    }
  }

 private:
  void Follow(const std::string& job_id) {
    job_id_ = job_id;
    subscription_ = scheduler_->Subscribe(job_id_, tenant_, [this](const proto::Event& e) { Enqueue(e); });
    if (!subscription_) Finish(grpc::Status(grpc::StatusCode::NOT_FOUND, absl::StrCat("no job '", QuoteForMessage(job_id), "'")));
  }

  void Enqueue(const proto::Event& e) {
    std::lock_guard lock(mu_);
    if (finished_) return;
    queue_.push_back(e);
    if (!writing_) {
      writing_ = true;
      StartWrite(&queue_.front());
    }
  }

  Scheduler* scheduler_;
  std::string tenant_;
  std::string job_id_;
  std::optional<int> subscription_;
  std::mutex mu_;
  std::deque<proto::Event> queue_;
  bool writing_ = false;
  bool finished_ = false;
};

// A worker's bundle, in chunks: accumulated up to kMaxBundleBytes, then handed to the scheduler,
// which checks and stores it.
class UploadReactor : public grpc::ServerReadReactor<proto::UploadChunk> {
 public:
  UploadReactor(Scheduler* scheduler, proto::UploadResponse* response, Identity who)
      : scheduler_(scheduler), response_(response), who_(std::move(who)) {
    StartRead(&chunk_);
  }
  void OnReadDone(bool ok) override {
    if (!ok) {  // the worker finished writing
      auto digest = scheduler_->AcceptBundle(worker_id_, task_id_, data_);
      data_.clear();
      if (!digest.ok()) return Finish(ToGrpc(digest.status()));
      response_->set_digest(*digest);
      return Finish(grpc::Status::OK);
    }
    if (first_) {
      worker_id_ = WorkerKey(who_, chunk_.worker_id());
      task_id_ = chunk_.task_id();
      first_ = false;
    }
    if (data_.size() + chunk_.data().size() > kMaxBundleBytes) {
      data_.clear();
      return Finish(grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                                 absl::StrCat("the bundle is over ", kMaxBundleBytes >> 20, " MiB, the limit for one bundle")));
    }
    data_ += chunk_.data();
    StartRead(&chunk_);
  }
  void OnDone() override { delete this; }

 private:
  Scheduler* scheduler_;
  proto::UploadResponse* response_;
  Identity who_;
  proto::UploadChunk chunk_;
  bool first_ = true;
  std::string worker_id_;
  int64_t task_id_ = 0;
  std::string data_;
};

class DownloadReactor : public grpc::ServerWriteReactor<proto::Chunk> {
 public:
  static constexpr size_t kChunk = 1 << 20;
  DownloadReactor(Scheduler* scheduler, const std::string& tenant, const proto::DownloadRequest* request) {
    auto blob = scheduler->ReadBlob(request->digest(), tenant);
    if (!blob.ok()) {
      Finish(ToGrpc(blob.status()));
      return;
    }
    data_ = std::move(*blob);
    Next();
  }
  void OnWriteDone(bool ok) override {
    if (!ok) return Finish(grpc::Status(grpc::StatusCode::CANCELLED, "the client went away"));
    Next();
  }
  void OnDone() override { delete this; }

 private:
  void Next() {
    if (offset_ >= data_.size() && offset_ > 0) return Finish(grpc::Status::OK);
    chunk_.Clear();
    if (offset_ == 0) chunk_.set_total_size(static_cast<int64_t>(data_.size()));
    size_t n = std::min(kChunk, data_.size() - offset_);
    chunk_.set_data(data_.substr(offset_, n));
    offset_ += n;
    if (n == 0) offset_ = 1;  // an empty blob: one empty chunk, then finish
    StartWrite(&chunk_);
  }
  std::string data_;
  size_t offset_ = 0;
  proto::Chunk chunk_;
};

}  // namespace

class CompilerServiceImpl final : public proto::Compiler::CallbackService {
 public:
  CompilerServiceImpl(Scheduler* s, const Authenticator* auth) : scheduler_(s), auth_(auth) {}

  grpc::ServerWriteReactor<proto::Event>* Push(grpc::CallbackServerContext* ctx, const proto::PushRequest* request) override {
    auto who = Authorize(*auth_, ctx, Role::kClient, "Push");
    if (!who.ok()) return new RefusedWriter<proto::Event>(who.status());
    return new EventStreamReactor(scheduler_, ctx, *who, request);
  }
  grpc::ServerWriteReactor<proto::Event>* Watch(grpc::CallbackServerContext* ctx, const proto::GetJobRequest* request) override {
    auto who = Authorize(*auth_, ctx, Role::kClient, "Watch", request->job_id());
    if (!who.ok()) return new RefusedWriter<proto::Event>(who.status());
    return new EventStreamReactor(scheduler_, who->tenant, request->job_id());
  }
  grpc::ServerUnaryReactor* GetJob(grpc::CallbackServerContext* ctx, const proto::GetJobRequest* request,
                                   proto::JobStatus* response) override {
    auto who = Authorize(*auth_, ctx, Role::kClient, "GetJob", request->job_id());
    if (!who.ok()) return Refuse(ctx, who.status());
    auto* reactor = ctx->DefaultReactor();
    auto job = scheduler_->GetJob(request->job_id(), who->tenant);
    if (!job) {
      reactor->Finish(grpc::Status(grpc::StatusCode::NOT_FOUND, absl::StrCat("no job '", QuoteForMessage(request->job_id()), "'")));
    } else {
      *response = *job;
      reactor->Finish(grpc::Status::OK);
    }
    return reactor;
  }
  grpc::ServerWriteReactor<proto::Chunk>* Download(grpc::CallbackServerContext* ctx, const proto::DownloadRequest* request) override {
    auto who = Authorize(*auth_, ctx, Role::kClient, "Download", request->digest());
    if (!who.ok()) return new RefusedWriter<proto::Chunk>(who.status());
    return new DownloadReactor(scheduler_, who->tenant, request);
  }
  grpc::ServerUnaryReactor* ListTargets(grpc::CallbackServerContext* ctx, const proto::ListTargetsRequest*,
                                        proto::ListTargetsResponse* response) override {
    if (auto who = Authorize(*auth_, ctx, Role::kClient, "ListTargets"); !who.ok()) return Refuse(ctx, who.status());
    *response = scheduler_->Targets();
    auto* reactor = ctx->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }

 private:
  Scheduler* scheduler_;
  const Authenticator* auth_;
};

// Only worker tokens reach the worker protocol: a task carries a user's source, and a bundle
// becomes the artifact other users download.
class WorkerHubServiceImpl final : public proto::WorkerHub::CallbackService {
 public:
  WorkerHubServiceImpl(Scheduler* s, const Authenticator* auth, const ServerTls* tls) : scheduler_(s), auth_(auth), tls_(tls) {}

  grpc::ServerUnaryReactor* Lease(grpc::CallbackServerContext* ctx, const proto::LeaseRequest* request,
                                  proto::LeaseResponse* response) override {
    auto who = AuthorizeWorker(ctx, "Lease");
    if (!who.ok()) return Refuse(ctx, who.status());
    auto* reactor = ctx->DefaultReactor();
    if (request->worker_id().empty()) {
      reactor->Finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "worker_id is empty"));
      return reactor;
    }
    proto::LeaseRequest keyed = *request;
    keyed.set_worker_id(WorkerKey(*who, request->worker_id()));
    scheduler_->Lease(keyed, [reactor, response](std::optional<proto::Task> task) {
      if (task) {
        *response->mutable_task() = std::move(*task);
      }
      reactor->Finish(grpc::Status::OK);
    }, who->token_id);
    return reactor;
  }
  grpc::ServerUnaryReactor* Heartbeat(grpc::CallbackServerContext* ctx, const proto::HeartbeatRequest* request,
                                      proto::HeartbeatResponse* response) override {
    auto who = AuthorizeWorker(ctx, "");  // heartbeats are not audited: one every few seconds per worker
    if (!who.ok()) return Refuse(ctx, who.status());
    response->set_keep_going(scheduler_->Heartbeat(WorkerKey(*who, request->worker_id()), request->task_id(), request->stage()));
    auto* reactor = ctx->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }
  grpc::ServerReadReactor<proto::UploadChunk>* UploadBundle(grpc::CallbackServerContext* ctx, proto::UploadResponse* response) override {
    auto who = AuthorizeWorker(ctx, "UploadBundle");
    if (!who.ok()) return new RefusedReader<proto::UploadChunk>(who.status());
    return new UploadReactor(scheduler_, response, *who);
  }
  grpc::ServerUnaryReactor* Complete(grpc::CallbackServerContext* ctx, const proto::CompleteRequest* request,
                                     proto::CompleteResponse*) override {
    auto who = AuthorizeWorker(ctx, "Complete");
    if (!who.ok()) return Refuse(ctx, who.status());
    auto* reactor = ctx->DefaultReactor();
    proto::CompleteRequest keyed = *request;
    keyed.set_worker_id(WorkerKey(*who, request->worker_id()));
    reactor->Finish(ToGrpc(scheduler_->Complete(keyed)));
    return reactor;
  }

 private:
  // The worker's certificate (with --worker-ca), then its token. `method` "" (heartbeats): no log line.
  absl::StatusOr<Identity> AuthorizeWorker(grpc::CallbackServerContext* ctx, std::string_view method) {
    if (auto st = CheckWorkerCertificate(*tls_, ctx->auth_context().get()); !st.ok()) {
      spdlog::warn("refused {} from {}: no verified worker certificate", method.empty() ? "Heartbeat" : method, ctx->peer());
      return st;
    }
    if (method.empty()) return auth_->Check(AuthorizationOf(ctx), Role::kWorker);
    return Authorize(*auth_, ctx, Role::kWorker, method);
  }

  Scheduler* scheduler_;
  const Authenticator* auth_;
  const ServerTls* tls_;
};

// The HTTP/JSON front: the Compiler service's messages in protobuf's JSON mapping.
//   POST /v1/push      PushRequest -> 202 and the new job's JobStatus at once (poll GET /v1/jobs/ID:
//                      a push never holds one of the server's HTTP threads for the whole job)
//   GET  /v1/jobs/ID   JobStatus
//   GET  /v1/targets   ListTargetsResponse
//   GET  /v1/artifacts/DIGEST   the bundle (a Bundle message), for the caller's tenant
//   For the dashboard (messages in compiler.proto; jobs are the caller's tenant's only, another
//   tenant's job id answers 404 exactly like an unknown one):
//   GET  /v1/jobs?limit=N          ListJobsResponse: the newest N (default 50, at most 200)
//   GET  /v1/jobs/ID/ir            JobIr: the typed IR, as `fxn ir` prints it
//   GET  /v1/jobs/ID/source?target=T   JobSource: the generated C++ of T's bundle (default: the
//                                  first target that has one), as `fxn source` prints it
//   GET  /v1/workers               ListWorkersResponse: workers seen in the last minute
//   GET  /v1/stats                 ServerStats: queue depth, cache hit rates (server-wide, as /metrics)
//   GET  /metrics, /healthz     Prometheus text; "ok" (no token: probes and scrapers)
//   GET  /, /dashboard/NAME     the dashboard (server/dashboard.h): static files, no job data, no
//                               token needed; the page asks for one when /v1/ answers 401
struct Server::Http {
  explicit Http(std::unique_ptr<httplib::Server> s) : owned(std::move(s)), server(*owned) {}
  std::unique_ptr<httplib::Server> owned;  // plain, or httplib::SSLServer with --tls-cert
  httplib::Server& server;
  std::thread thread;
};

namespace {

std::string ToJson(const google::protobuf::Message& m) {
  std::string out;
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = false;
  options.preserve_proto_field_names = true;
  (void)google::protobuf::util::MessageToJsonString(m, &out, options);
  return out;
}

void JsonError(httplib::Response& res, int code, const std::string& message) {
  res.status = code;
  // A message may quote the caller's bytes: never let invalid UTF-8 break the answer.
  res.set_content(nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

// The identity the pre-routing handler checked, for the route handler on the same thread
// (cpp-httplib runs both for one request on one thread; the Request is const by then).
thread_local Identity t_http_caller;

void HttpRefusal(httplib::Response& res, const absl::Status& s);

int HttpCode(const absl::Status& s) {
  switch (s.code()) {
    case absl::StatusCode::kInvalidArgument: return 400;
    case absl::StatusCode::kNotFound: return 404;
    case absl::StatusCode::kResourceExhausted: return 429;
    default: return 500;
  }
}

void HttpRefusal(httplib::Response& res, const absl::Status& s) {
  if (auto seconds = RetryAfterSeconds(s)) res.set_header("Retry-After", absl::StrCat(*seconds));
  JsonError(res, HttpCode(s), std::string(s.message()));
}

}  // namespace

absl::StatusOr<std::unique_ptr<Server>> Server::Start(const ServerOptions& options) {
  std::unique_ptr<Server> s(new Server());
  std::error_code ec;
  std::filesystem::create_directories(options.data_dir + "/blobs", ec);
  if (ec) return absl::PermissionDeniedError(absl::StrCat("cannot create ", options.data_dir, ": ", ec.message()));
  auto index = Index::Open(options.data_dir + "/index.sqlite");
  if (!index.ok()) return index.status();
  s->index_ = std::move(*index);
  s->blobs_ = std::make_unique<BlobStore>(options.data_dir + "/blobs");
  SchedulerOptions sched;
  sched.lease = std::chrono::milliseconds(options.lease_ms);
  sched.shared_cache = options.shared_cache;
  sched.quotas = options.quotas;
  sched.on_task_queued = options.on_task_queued;
  sched.known_toolchains = options.known_toolchains;
  s->scheduler_ = std::make_unique<Scheduler>(s->index_.get(), s->blobs_.get(), sched);
  if (options.recover) {
    if (auto st = s->scheduler_->Recover(); !st.ok()) return st;
  }

  bool required = options.require_tokens || !options.ephemeral_tokens.empty() || s->index_->ActiveTokenCount() > 0;
  if (auto st = CheckExposure({options.listen, options.http_listen}, required, options.tls.enabled(), options.insecure,
                              options.data_dir);
      !st.ok()) {
    return st;
  }
  auto credentials = MakeServerCredentials(options.tls);
  if (!credentials.ok()) return credentials.status();
  s->auth_ = std::make_unique<Authenticator>(s->index_.get(), required, options.ephemeral_tokens);
  if (!required) {
    spdlog::warn("no tokens: every caller that reaches {} may push and lease tasks (fxn-server token create makes one)",
                 options.listen);
  }
  grpc::EnableDefaultHealthCheckService(true);  // grpc.health.v1, answered without a token
  s->compiler_ = std::make_unique<CompilerServiceImpl>(s->scheduler_.get(), s->auth_.get());
  s->tls_ = options.tls;
  s->hub_ = std::make_unique<WorkerHubServiceImpl>(s->scheduler_.get(), s->auth_.get(), &s->tls_);
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(options.listen, *credentials, &port);
  // The largest messages: a TraceResult from a worker, a compile Task to one (bundles travel in
  // 1 MiB chunks both ways).
  builder.SetMaxReceiveMessageSize(static_cast<int>(kMaxTraceResultBytes + kMaxSourceBytes + kMaxSamplesBytes));
  builder.SetMaxSendMessageSize(static_cast<int>(kMaxTraceResultBytes + kMaxSourceBytes + kMaxSamplesBytes));
  builder.RegisterService(s->compiler_.get());
  builder.RegisterService(s->hub_.get());
  s->grpc_ = builder.BuildAndStart();
  if (!s->grpc_ || port == 0) return absl::UnavailableError(absl::StrCat("cannot listen on ", options.listen));
  s->address_ = absl::StrCat(options.listen.substr(0, options.listen.rfind(':')), ":", port);

  s->ticker_ = std::thread([srv = s.get()] {
    std::unique_lock lock(srv->ticker_mu_);
    while (!srv->stopping_) {
      lock.unlock();
      srv->scheduler_->Tick();
      lock.lock();
      srv->ticker_cv_.wait_for(lock, std::chrono::milliseconds(100), [srv] { return srv->stopping_.load(); });
    }
  });

  if (!options.http_listen.empty()) {
    auto http_server = MakeHttpServer(options.tls);
    if (!http_server.ok()) return http_server.status();
    s->http_ = std::make_unique<Http>(std::move(*http_server));
    Scheduler* scheduler = s->scheduler_.get();
    const Authenticator* auth = s->auth_.get();
    // Every /v1/ call needs a client (or admin) token when tokens are required.
    s->http_->server.set_pre_routing_handler([auth](const httplib::Request& req, httplib::Response& res) {
      if (req.path.rfind("/v1/", 0) != 0) return httplib::Server::HandlerResponse::Unhandled;
      auto who = auth->Check(req.get_header_value("Authorization"), Role::kClient);
      if (who.ok()) {
        t_http_caller = *who;
        std::string job = req.path.rfind("/v1/jobs/", 0) == 0 ? req.path.substr(9, req.path.find('/', 9) - 9) : "";
        if (req.path != "/v1/push") Audit(*who, absl::StrCat("HTTP ", req.method, " ", req.path.substr(0, req.path.find('/', 4))), job,
                                          req.remote_addr);
        return httplib::Server::HandlerResponse::Unhandled;
      }
      bool unauthenticated = who.status().code() == absl::StatusCode::kUnauthenticated;
      spdlog::warn("refused HTTP {} {} from {}: {}", req.method, QuoteForMessage(req.path), req.remote_addr,
                   absl::StatusCodeToString(who.status().code()));
      if (unauthenticated) res.set_header("WWW-Authenticate", "Bearer");
      JsonError(res, unauthenticated ? 401 : 403, std::string(who.status().message()));
      return httplib::Server::HandlerResponse::Handled;
    });
    s->http_->server.Post("/v1/push", [scheduler](const httplib::Request& req, httplib::Response& res,
                                                  const httplib::ContentReader& read_body) {
      // Room for a push at its limits in JSON (escapes can double a source); reading stops there.
      constexpr size_t kMaxBody = 2 * (kMaxSourceBytes + kMaxSamplesBytes);
      std::string body;
      bool too_large = false;
      size_t received = 0;
      read_body([&](const char* data, size_t n) {
        received += n;
        if (body.size() + n > kMaxBody) too_large = true;
        if (!too_large) body.append(data, n);
        // Past the limit the rest is read and dropped (so the client hears the 413 rather
        // than a reset), up to a bound that stops an endless sender.
        return received <= (size_t{1} << 30);
      });
      if (too_large) body.clear();
      if (too_large) return JsonError(res, 413, absl::StrCat("the request body is over ", kMaxBody, " bytes, the limit for a push"));
      proto::PushRequest request;
      auto parsed = google::protobuf::util::JsonStringToMessage(body, &request);
      if (!parsed.ok()) return JsonError(res, 400, absl::StrCat("the body is not a PushRequest in JSON: ", parsed.ToString()));
      const Identity who = t_http_caller;
      auto id = scheduler->Submit(request, who.tenant);
      Audit(who, "HTTP POST /v1/push", id.ok() ? *id : "", req.remote_addr);
      if (!id.ok()) return HttpRefusal(res, id.status());
      auto status = scheduler->GetJob(*id, who.tenant);
      if (!status) return JsonError(res, 500, "the job vanished as it was created");
      res.status = 202;
      res.set_header("Location", absl::StrCat("/v1/jobs/", *id));
      res.set_content(ToJson(*status), "application/json");
    });
    s->http_->server.Get(R"(/v1/jobs/([0-9a-f]+))", [scheduler](const httplib::Request& req, httplib::Response& res) {
      auto job = scheduler->GetJob(req.matches[1], t_http_caller.tenant);
      if (!job) return JsonError(res, 404, absl::StrCat("no job '", std::string(req.matches[1]), "'"));
      res.set_content(ToJson(*job), "application/json");
    });
    s->http_->server.Get("/v1/targets", [scheduler](const httplib::Request&, httplib::Response& res) {
      res.set_content(ToJson(scheduler->Targets()), "application/json");
    });
    s->http_->server.Get(R"(/v1/artifacts/([^/]+))", [scheduler](const httplib::Request& req, httplib::Response& res) {
      auto blob = scheduler->ReadBlob(req.matches[1], t_http_caller.tenant);
      if (!blob.ok()) return HttpRefusal(res, blob.status());
      res.set_content(*blob, "application/octet-stream");
    });
    s->http_->server.Get("/v1/jobs", [scheduler](const httplib::Request& req, httplib::Response& res) {
      int limit = 50;
      if (req.has_param("limit")) {
        const std::string text = req.get_param_value("limit");
        if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) {
          return JsonError(res, 400, "limit must be a number of jobs (1 to 200)");
        }
        limit = std::stoi(text);
      }
      res.set_content(ToJson(scheduler->ListJobs(t_http_caller.tenant, limit)), "application/json");
    });
    s->http_->server.Get(R"(/v1/jobs/([0-9a-f]+)/ir)", [scheduler](const httplib::Request& req, httplib::Response& res) {
      auto ir = scheduler->JobIr(req.matches[1], t_http_caller.tenant);
      if (!ir.ok()) return HttpRefusal(res, ir.status());
      res.set_content(ToJson(*ir), "application/json");
    });
    s->http_->server.Get(R"(/v1/jobs/([0-9a-f]+)/source)", [scheduler](const httplib::Request& req, httplib::Response& res) {
      auto source = scheduler->JobSource(req.matches[1], t_http_caller.tenant, req.get_param_value("target"));
      if (!source.ok()) return HttpRefusal(res, source.status());
      res.set_content(ToJson(*source), "application/json");
    });
    s->http_->server.Get("/v1/workers", [scheduler](const httplib::Request&, httplib::Response& res) {
      res.set_content(ToJson(scheduler->Workers()), "application/json");
    });
    s->http_->server.Get("/v1/stats", [scheduler](const httplib::Request&, httplib::Response& res) {
      res.set_content(ToJson(scheduler->Stats()), "application/json");
    });
    // The dashboard: its files only (the page reads everything else from /v1/ with a token).
    s->http_->server.Get(R"(/|/index\.html|/dashboard/[A-Za-z0-9_.-]+)", [](const httplib::Request& req, httplib::Response& res) {
      auto asset = FindDashboardAsset(req.path);
      if (!asset) return JsonError(res, 404, "no such dashboard file");
      for (const auto& [name, value] : DashboardHeaders()) res.set_header(std::string(name), std::string(value));
      res.set_content(std::string(asset->contents), std::string(asset->content_type));
    });
    // No answer is ever sniffed into something else (a JSON body holding user text as HTML).
    s->http_->server.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
      if (!res.has_header("X-Content-Type-Options")) res.set_header("X-Content-Type-Options", "nosniff");
    });
    s->http_->server.Get("/metrics", [scheduler](const httplib::Request&, httplib::Response& res) {
      res.set_content(scheduler->RenderMetrics(), "text/plain; version=0.0.4");
    });
    s->http_->server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok\n", "text/plain"); });
    // Whatever escapes a handler answers JSON that says so, never an empty 500.
    s->http_->server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "unknown error";
      try {
        std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      JsonError(res, 500, absl::StrCat("internal error: ", what));
    });
    s->http_->server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) JsonError(res, res.status, absl::StrCat("HTTP ", res.status));
    });
    std::string host = options.http_listen.substr(0, options.http_listen.rfind(':'));
    int want = std::atoi(options.http_listen.substr(options.http_listen.rfind(':') + 1).c_str());
    s->http_port_ = want == 0 ? s->http_->server.bind_to_any_port(host) : (s->http_->server.bind_to_port(host, want) ? want : -1);
    if (s->http_port_ <= 0) return absl::UnavailableError(absl::StrCat("cannot listen on ", options.http_listen));
    s->http_->thread = std::thread([h = s->http_.get()] { h->server.listen_after_bind(); });
  }
  spdlog::info("fxn-server listening on {} (gRPC{}){}; data in {}", s->address_,
               options.tls.enabled() ? options.tls.workers_need_certificates() ? ", TLS, workers need certificates" : ", TLS" : "",
               s->http_ ? absl::StrCat(", ", options.http_listen.substr(0, options.http_listen.rfind(':')), ":", s->http_port_,
                                       options.tls.enabled() ? " (HTTPS)" : " (HTTP)")
                        : "",
               options.data_dir);
  return s;
}

void Server::Shutdown() {
  if (stopping_.exchange(true)) return;
  scheduler_->ReleaseWaiters();
  if (http_) {
    http_->server.stop();
    if (http_->thread.joinable()) http_->thread.join();
  }
  if (grpc_) grpc_->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
  {
    std::lock_guard lock(ticker_mu_);  // the ticker sees stopping_ before it waits, or is woken
  }
  ticker_cv_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

void Server::Wait() {
  if (grpc_) grpc_->Wait();
}

Server::~Server() { Shutdown(); }

}  // namespace fxn::server
