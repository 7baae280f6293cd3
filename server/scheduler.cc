#include "server/scheduler.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "ir/printer.h"
#include "ir/proto_convert.h"
#include "operator_registry/registry.h"
#include "tracer_sandbox/trace_client.h"
#include "support/digest.h"
#include "support/untrusted.h"
#include "toolchains/targets.h"

namespace fxn::server {
namespace {

// A target's row in the index, as the TargetStatus that GetJob and the job list answer.
void FillTargetStatus(const JobTargetRow& t, proto::TargetStatus* ts) {
  ts->set_target(t.target);
  ts->set_stage(static_cast<proto::Stage>(t.stage));
  ts->set_artifact_digest(t.artifact_digest);
  ts->set_message(t.message);
  ts->set_cached(t.cached);
  ts->set_built_by(t.built_by);
}

constexpr const char* kTracerVersion = "fxn-tracer-1";

// 128 bits from the operating system's CSPRNG: a job id is the only key to a job's source and
// artifacts, so it must not be guessable.
std::string NewJobId() { return RandomHex(16); }

// The trace a push asks for: what a TRACE task carries and what Submit checks.
proto::TraceRequest TraceRequestOf(const proto::PushRequest& push) {
  proto::TraceRequest t;
  t.set_source(push.source());
  t.set_filename(push.filename());
  t.set_entry(push.entry());
  for (const auto& s : push.samples_json()) t.add_samples_json(s);
  t.set_fuzz_inputs(push.fuzz_inputs());
  t.set_fuzz_seed(push.fuzz_seed());
  return t;
}

// Fuzzing in the progress events: what CPython did with the generated inputs (TRACED), and what
// the artifact is being run on (VERIFYING).
std::string FuzzTracedMessage(const proto::TraceResult& result) {
  const auto& r = result.fuzz_report();
  std::string out = absl::StrCat("fuzzing: ", r.generated(), " inputs generated (seed ", r.seed(), "), CPython ran ",
                                 result.fuzz_size());
  if (r.dropped() > 0) absl::StrAppend(&out, ", dropped ", r.dropped(), " over its budget");
  if (!r.note().empty()) absl::StrAppend(&out, "; ", r.note());
  return out;
}

std::string FuzzProgressMessage(const proto::TraceResult& result) {
  if (!result.has_fuzz_report()) return "";
  return absl::StrCat("on ", result.samples_size(), " sample", result.samples_size() == 1 ? "" : "s", " and ",
                      result.fuzz_size(), " generated inputs");
}

bool Terminal(proto::Stage s) {
  return s == proto::VERIFIED || s == proto::FAILED || s == proto::NOT_VERIFIED;
}

std::string StageName(proto::Stage s) {
  std::string name = proto::Stage_Name(s);
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

}  // namespace

// The toolchain digests workers last advertised come from the index at once, not only in
// Recover: a server that does not recover (the embedded one of `fxn push`) answered a repeated
// push from the cache only when its worker's first Lease happened to come before the Submit.
Scheduler::Scheduler(Index* index, BlobStore* blobs, SchedulerOptions options)
    : index_(index), blobs_(blobs), options_(std::move(options)), quotas_(options_.quotas), toolchains_(index->Toolchains()) {
  for (const auto& [target, digest] : options_.known_toolchains) toolchains_[target] = digest;
}

// ---------------------------------------------------------------------------------------------
// Recovery

void Scheduler::LoadJob(const JobRow& row) {
  auto job = std::make_unique<JobState>();
  job->request.ParseFromString(row.request);
  job->tenant = row.tenant;
  job->trace_key = row.trace_key;
  job->status.set_job_id(row.id);
  job->status.set_stage(static_cast<proto::Stage>(row.stage));
  job->status.set_entry(row.entry);
  job->status.set_message(row.message);
  job->status.set_ok(row.ok);
  for (const auto& t : index_->JobTargets(row.id)) FillTargetStatus(t, job->status.add_targets());
  for (const auto& e : index_->Events(row.id)) job->status.add_events()->ParseFromString(e);
  job->finished = row.stage == proto::DONE || row.stage == proto::FAILED;
  job->idle_since = std::chrono::steady_clock::now();
  if (auto digest = index_->GetTrace(row.trace_key)) job->trace_digest = *digest;
  jobs_[row.id] = std::move(job);
}

absl::Status Scheduler::Recover() {
  std::lock_guard lock(mu_);
  toolchains_ = index_->Toolchains();
  for (const auto& [target, digest] : options_.known_toolchains) toolchains_[target] = digest;
  for (const auto& row : index_->UnfinishedJobs()) LoadJob(row);
  for (const auto& t : index_->OpenTasks()) {
    if (!jobs_.count(t.job_id)) continue;
    TaskState task;
    task.id = t.id;
    task.job_id = t.job_id;
    task.kind = static_cast<proto::Task::Kind>(t.kind);
    task.target = t.target;
    task.attempts = t.attempts;
    task.tenant = jobs_[t.job_id]->tenant;
    if (t.state == "leased") {
      spdlog::info("job {}: task {} was leased when the server stopped; queued again", t.job_id, t.id);
      Note(index_->SetTaskState(t.id, "queued", t.attempts), "a task queued again");
    }
    tasks_[t.id] = task;
  }
  // An unfinished job with no open task stopped between steps (traced, say, before its compile
  // tasks were recorded): take it up again from its cached trace, or trace it again.
  Pending pending;
  for (auto& [id, job] : jobs_) {
    if (job->finished) continue;
    bool has_task = false;
    for (const auto& [_, t] : tasks_) has_task |= t.job_id == id;
    if (has_task) continue;
    proto::TraceResult result;
    auto blob = job->trace_digest.empty() ? absl::StatusOr<std::string>(absl::NotFoundError(""))
                                          : blobs_->Get(job->trace_digest);
    if (blob.ok() && result.ParseFromString(*blob)) {
      OnTraced(*job, result, true, pending);
    } else {
      Enqueue(*job, proto::Task::TRACE, "", pending);
    }
  }
  spdlog::info("recovered {} unfinished jobs, {} open tasks", jobs_.size(), tasks_.size());
  return absl::OkStatus();
}

// ---------------------------------------------------------------------------------------------
// Jobs

Scheduler::JobState* Scheduler::FindJob(const std::string& id) {
  auto it = jobs_.find(id);
  if (it != jobs_.end()) return it->second.get();
  auto row = index_->GetJob(id);
  if (!row) return nullptr;
  LoadJob(*row);
  return jobs_[id].get();
}

void Scheduler::Record(const JobState& job, const absl::Status& written, std::string_view what) {
  if (written.ok()) return;
  spdlog::error("job {}: the index could not record {}: {}", job.status.job_id(), what, std::string(written.message()));
  // Failed at the next safe point (FailJobsWithLostWrites): callers may be iterating tasks_.
  if (!job.finished) {
    lost_writes_.emplace_back(job.status.job_id(),
                              absl::StrCat("the server could not record ", std::string(what), " in its index (", written.message(),
                                           "), so the job stopped; check the server's data directory (disk space, "
                                           "permissions) and push again"));
  }
}

void Scheduler::Note(const absl::Status& written, std::string_view what) {
  if (!written.ok()) spdlog::warn("the index could not record {}: {}", what, std::string(written.message()));
}

void Scheduler::FailUnfinishedJobs(const std::string& message) {
  std::lock_guard lock(mu_);
  for (auto& [_, job] : jobs_)
    if (!job->finished) FailJob(*job, message);
}

void Scheduler::FailJobsWithLostWrites() {
  auto lost = std::move(lost_writes_);
  lost_writes_.clear();
  for (const auto& [id, message] : lost) {
    JobState* job = FindJob(id);
    if (job && !job->finished) FailJob(*job, message);
  }
}

void Scheduler::Emit(JobState& job, proto::Event event) {
  event.set_job_id(job.status.job_id());
  event.set_unix_ms(std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::system_clock::now().time_since_epoch()).count());
  *job.status.add_events() = event;
  Record(job, index_->AppendEvent(job.status.job_id(), event.SerializeAsString()), "an event");
  for (auto& [id, cb] : job.subscribers) cb(event);
}

void Scheduler::SetTarget(JobState& job, const std::string& target, proto::Stage stage, const std::string& message,
                          const std::string& digest, bool cached, const std::string& built_by) {
  for (auto& t : *job.status.mutable_targets()) {
    if (t.target() != target) continue;
    t.set_stage(stage);
    t.set_message(message);
    t.set_artifact_digest(digest);
    t.set_cached(cached);
    t.set_built_by(built_by);
    Record(job, index_->SetJobTarget(job.status.job_id(), {target, stage, digest, message, cached, built_by}),
           "a target's state");
  }
  proto::Event e;
  e.set_stage(stage);
  e.set_target(target);
  e.set_message(message);
  e.set_artifact_digest(digest);
  e.set_cached(cached);
  Emit(job, e);
  if (Terminal(stage)) spdlog::info("job {}: {} {}{}", job.status.job_id(), target, StageName(stage), cached ? " (cached)" : "");
}

void Scheduler::FailJob(JobState& job, const std::string& message) {
  // Targets the job never got to (it failed while tracing, say) end too, so no view of the job
  // shows them queued forever; the job's own FAILED event says why, so they emit none.
  for (auto& t : *job.status.mutable_targets()) {
    if (Terminal(t.stage())) continue;
    t.set_stage(proto::FAILED);
    t.set_message("not built: the job failed");
    Note(index_->SetJobTarget(job.status.job_id(), {t.target(), proto::FAILED, t.artifact_digest(), t.message(),
                                                   t.cached(), t.built_by()}),
         "an unfinished target of a failed job");
  }
  job.status.set_stage(proto::FAILED);
  job.status.set_message(message);
  job.status.set_ok(false);
  job.finished = true;
  job.idle_since = std::chrono::steady_clock::now();
  Note(index_->UpdateJob(job.status.job_id(), proto::FAILED, job.status.entry(), message, false), "a failed job");
  proto::Event failed;
  failed.set_stage(proto::FAILED);
  failed.set_message(message);
  Emit(job, failed);
  metrics_.Count("fxn_jobs_finished_total", {{"tenant", job.tenant}, {"state", "failed"}});
  proto::Event done;
  done.set_stage(proto::DONE);
  done.set_ok(false);
  Emit(job, done);
  spdlog::info("job {}: failed: {}", job.status.job_id(), message.substr(0, 300));
  // Its open tasks are dropped.
  for (auto it = tasks_.begin(); it != tasks_.end();) {
    if (it->second.job_id == job.status.job_id()) {
      Note(index_->SetTaskState(it->first, "failed", it->second.attempts), "a dropped task");
      it = tasks_.erase(it);
    } else {
      ++it;
    }
  }
}

void Scheduler::MaybeFinish(JobState& job) {
  if (job.finished) return;
  bool all_verified = true;
  for (const auto& t : job.status.targets()) {
    if (!Terminal(t.stage())) return;
    all_verified &= t.stage() == proto::VERIFIED;
  }
  job.finished = true;
  job.idle_since = std::chrono::steady_clock::now();
  job.status.set_stage(proto::DONE);
  job.status.set_ok(all_verified);
  metrics_.Count("fxn_jobs_finished_total", {{"tenant", job.tenant}, {"state", all_verified ? "done" : "not_verified"}});
  Record(job, index_->UpdateJob(job.status.job_id(), proto::DONE, job.status.entry(), job.status.message(), all_verified),
         "the job's result");
  proto::Event done;
  done.set_stage(proto::DONE);
  done.set_ok(all_verified);
  done.set_entry(job.status.entry());
  Emit(job, done);
  spdlog::info("job {}: done, {}", job.status.job_id(), all_verified ? "every target verified" : "not every target verified");
}

absl::StatusOr<std::string> Scheduler::Submit(const proto::PushRequest& request, const std::string& tenant) {
  if (request.source().size() > options_.max_source_bytes) {
    return absl::InvalidArgumentError(absl::StrCat("the source is ", request.source().size(), " bytes; the limit is ",
                                                   options_.max_source_bytes, " bytes"));
  }
  if (auto s = tracer::CheckTraceRequest(TraceRequestOf(request)); !s.ok()) return s;
  if (request.targets_size() > 64) return absl::InvalidArgumentError("more than 64 targets in one push");
  std::vector<std::string> targets(request.targets().begin(), request.targets().end());
  if (targets.empty()) targets.push_back(toolchains::HostTargetName());
  for (const auto& t : targets) {
    if (!toolchains::FindTarget(t)) return absl::InvalidArgumentError(toolchains::UnknownTargetMessage(t));
  }

  Sha256Builder key;
  key.AddPart(kTracerVersion).AddPart(tracer::FrontEndDigest()).AddPart(request.source()).AddPart(request.filename()).AddPart(request.entry());
  key.AddPart(CacheScope(tenant, options_.shared_cache));
  for (const auto& s : request.samples_json()) key.AddPart(s);
  // Fuzzing's settings: the generated inputs and CPython's outcomes on them are part of the trace.
  if (request.fuzz_inputs() > 0) key.AddPart("fuzz").AddPart(std::to_string(request.fuzz_inputs())).AddPart(std::to_string(request.fuzz_seed()));

  Pending pending;
  std::string id = NewJobId();
  {
    std::lock_guard lock(mu_);
    size_t active = 0;
    for (const auto& [_, j] : jobs_) active += !j->finished;
    if (active >= options_.max_active_jobs) {
      metrics_.Count("fxn_quota_refusals_total", {{"tenant", tenant}, {"quota", "server_jobs"}});
      return WithRetryAfter(absl::ResourceExhaustedError(absl::StrCat(active, " jobs are in progress; try again shortly")), 2);
    }
    int64_t tenant_active = 0;
    for (const auto& [_, j] : jobs_) tenant_active += !j->finished && j->tenant == tenant;
    size_t samples_bytes = 0;
    for (const auto& sample : request.samples_json()) samples_bytes += sample.size();
    std::string quota;
    if (auto admitted = quotas_.Admit(tenant, request.source().size(), samples_bytes, tenant_active,
                                      std::chrono::steady_clock::now(), &quota);
        !admitted.ok()) {
      metrics_.Count("fxn_quota_refusals_total", {{"tenant", tenant}, {"quota", quota}});
      spdlog::info("tenant {}: push refused by its {} quota", tenant, quota);
      return admitted;
    }
    metrics_.Count("fxn_jobs_submitted_total", {{"tenant", tenant}});
    auto job = std::make_unique<JobState>();
    job->request = request;
    job->tenant = tenant;
    job->request.clear_targets();
    for (const auto& t : targets) job->request.add_targets(t);
    job->trace_key = key.HexDigest();
    job->status.set_job_id(id);
    job->status.set_stage(proto::QUEUED);
    JobRow row{id, job->request.SerializeAsString(), job->trace_key, proto::QUEUED};
    row.tenant = tenant;
    if (auto s = index_->InsertJob(row); !s.ok()) return s;
    JobState& j = *job;
    jobs_[id] = std::move(job);
    for (const auto& t : targets) {
      auto* ts = j.status.add_targets();
      ts->set_target(t);
      ts->set_stage(proto::QUEUED);
      if (auto s = index_->SetJobTarget(id, {t, proto::QUEUED, "", "", false}); !s.ok()) {
        spdlog::error("job {}: the index could not record its targets: {}", id, std::string(s.message()));
        return absl::InternalError(absl::StrCat("the server could not record the job in its index (", s.message(), "); try again"));
      }
    }
    proto::Event queued;
    queued.set_stage(proto::QUEUED);
    Emit(j, queued);
    spdlog::info("job {}: queued {} ({}) for {} (tenant {})", id, request.filename(),
                 request.entry().empty() ? "default entry" : request.entry(), absl::StrJoin(targets, ","), tenant);

    std::optional<proto::TraceResult> cached;
    if (auto digest = index_->GetTrace(j.trace_key)) {
      auto blob = blobs_->Get(*digest);
      proto::TraceResult result;
      if (blob.ok() && result.ParseFromString(*blob)) {
        j.trace_digest = *digest;
        cached = result;
      } else {
        Note(index_->DeleteTrace(j.trace_key), "dropping a corrupt trace");
      }
    }
    metrics_.Count("fxn_cache_requests_total", {{"cache", "trace"}, {"result", cached ? "hit" : "miss"}});
    if (cached) {
      OnTraced(j, *cached, true, pending);
    } else {
      Enqueue(j, proto::Task::TRACE, "", pending);
    }
  }
  Run(pending);
  return id;
}

std::string Scheduler::ArtifactKey(const JobState& job, const std::string& target, const std::string& toolchain) {
  static const std::string registry_digest = ops::Registry::Get().Digest();
  const auto* t = toolchains::FindTarget(target);
  Sha256Builder key;
  key.AddPart(job.ir_digest).AddPart(target).AddPart(toolchain).AddPart(registry_digest);
  key.AddPart(CacheScope(job.tenant, options_.shared_cache));
  if (t)
    for (const auto& f : t->cxx_flags) key.AddPart(f);
  return key.HexDigest();
}

void Scheduler::OnTraced(JobState& job, const proto::TraceResult& result, bool cached, Pending& pending) {
  if (result.diagnostics_size() > 0) {
    FailJob(job, tracer::FormatDiagnostics(result));
    return;
  }
  // The trace came from a sandbox: check it before anything is built from it.
  auto module = tracer::CheckTraceResult(result);
  if (!module.ok()) return FailJob(job, std::string(module.status().message()));
  // The artifact key covers the samples too: a cached artifact was verified on exactly these.
  Sha256Builder ir_and_samples;
  ir_and_samples.AddPart(result.module().SerializeAsString());
  for (const auto& sample : result.samples()) ir_and_samples.AddPart(sample.SerializeAsString());
  // ... and the generated inputs when fuzzing: "verified on N generated inputs" is then true of it.
  if (result.has_fuzz_report()) {
    ir_and_samples.AddPart("fuzz").AddPart(result.fuzz_report().SerializeAsString());
    // A difference's shrinking rounds ask the front end (fxn_fuzz) for simpler inputs: a changed
    // front end may shrink to another input, so a cached verdict holds for this one only.
    ir_and_samples.AddPart(tracer::FrontEndDigest());
    for (const auto& sample : result.fuzz()) ir_and_samples.AddPart(sample.SerializeAsString());
  }
  job.ir_digest = ir_and_samples.HexDigest();
  job.verifying_message = FuzzProgressMessage(result);
  const int nodes = module->CountNodes();
  job.status.set_entry(result.entry());
  job.status.set_stage(proto::COMPILING);
  Record(job, index_->UpdateJob(job.status.job_id(), proto::COMPILING, result.entry(), "", false), "the traced entry");
  proto::Event traced;
  traced.set_stage(proto::TRACED);
  traced.set_entry(result.entry());
  traced.set_functions(result.module().functions_size());
  traced.set_ir_nodes(nodes);
  traced.set_samples(result.samples_size());
  traced.set_cached(cached);
  if (result.has_fuzz_report()) traced.set_message(FuzzTracedMessage(result));
  Emit(job, traced);
  spdlog::info("job {}: traced {} ({} IR nodes){}", job.status.job_id(), result.entry(), nodes, cached ? " (cached)" : "");

  // Targets whose verification starts Windows under wine (seconds) are queued first: their run
  // then overlaps the other targets' compiles instead of ending the job last.
  std::vector<std::string> targets(job.request.targets().begin(), job.request.targets().end());
  std::stable_partition(targets.begin(), targets.end(), [](const std::string& name) {
    const toolchains::Target* spec = toolchains::FindTarget(name);
    return spec != nullptr && spec->runner_uses_wine_prefix;
  });
  for (const auto& target : targets) {
    auto toolchain = toolchains_.find(target);
    if (toolchain != toolchains_.end()) {
      if (auto artifact = index_->GetArtifact(ArtifactKey(job, target, toolchain->second))) {
        auto blob = blobs_->Get(artifact->digest);  // checked on read: corrupt blobs are rebuilt
        if (blob.ok()) {
          metrics_.Count("fxn_cache_requests_total", {{"cache", "artifact"}, {"result", "hit"}});
          SetTarget(job, target, static_cast<proto::Stage>(artifact->verdict), artifact->message, artifact->digest, true,
                    artifact->built_by);
          continue;
        }
        spdlog::warn("job {}: cached artifact for {} unusable ({}); rebuilding", job.status.job_id(), target,
                     std::string(blob.status().message()));
        Note(index_->DeleteArtifact(ArtifactKey(job, target, toolchain->second)), "dropping a corrupt artifact");
      }
    }
    metrics_.Count("fxn_cache_requests_total", {{"cache", "artifact"}, {"result", "miss"}});
    Enqueue(job, proto::Task::COMPILE, target, pending);
  }
  MaybeFinish(job);
}

int64_t Scheduler::Enqueue(JobState& job, proto::Task::Kind kind, const std::string& target, Pending& pending) {
  auto id = index_->InsertTask(job.status.job_id(), kind, target);
  if (!id.ok()) {
    FailJob(job, std::string(id.status().message()));
    return 0;
  }
  TaskState task;
  task.id = *id;
  task.job_id = job.status.job_id();
  task.kind = kind;
  task.target = target;
  task.tenant = job.tenant;
  tasks_[*id] = std::move(task);
  if (options_.on_task_queued) options_.on_task_queued();
  DispatchToWaiters(pending);
  return *id;
}

std::optional<int> Scheduler::Subscribe(const std::string& job_id, const std::string& tenant, EventCallback callback) {
  std::lock_guard lock(mu_);
  JobState* job = FindJob(job_id);
  if (!job || job->tenant != tenant) return std::nullopt;
  for (const auto& e : job->status.events()) callback(e);
  int id = next_subscription_++;
  job->subscribers[id] = std::move(callback);
  return id;
}

void Scheduler::Unsubscribe(const std::string& job_id, int subscription) {
  std::lock_guard lock(mu_);
  auto it = jobs_.find(job_id);
  if (it == jobs_.end()) return;
  it->second->subscribers.erase(subscription);
  it->second->idle_since = std::chrono::steady_clock::now();
}

size_t Scheduler::jobs_in_memory() {
  std::lock_guard lock(mu_);
  return jobs_.size();
}

std::optional<proto::JobStatus> Scheduler::GetJob(const std::string& job_id, const std::string& tenant) {
  std::lock_guard lock(mu_);
  JobState* job = FindJob(job_id);
  if (!job || job->tenant != tenant) return std::nullopt;
  return job->status;
}

absl::StatusOr<std::string> Scheduler::ReadBlob(const std::string& digest, const std::string& tenant) {
  // One answer for another tenant's artifact and one that never existed.
  auto unknown = [&] { return absl::NotFoundError(absl::StrCat("no artifact '", QuoteForMessage(digest), "'")); };
  if (!index_->TenantHasArtifact(tenant, digest)) return unknown();
  auto blob = blobs_->Get(digest);
  if (blob.status().code() == absl::StatusCode::kNotFound) return unknown();
  if (blob.status().code() == absl::StatusCode::kDataLoss) {
    spdlog::warn("blob {} was corrupt and has been dropped; the next push rebuilds it", digest);
  }
  return blob;
}

proto::ListTargetsResponse Scheduler::Targets() {
  std::lock_guard lock(mu_);
  proto::ListTargetsResponse out;
  auto now = std::chrono::steady_clock::now();
  for (const auto& t : toolchains::AllTargets()) {
    int workers = 0;
    for (const auto& [worker, targets] : worker_targets_) {
      auto seen = workers_seen_.find(worker);
      if (targets.count(t.name) && seen != workers_seen_.end() && now - seen->second < std::chrono::seconds(60)) ++workers;
    }
    auto* info = out.add_targets();
    info->set_name(t.name);
    info->set_workers(workers);
    info->set_available(workers > 0);
    if (!workers) info->set_reason("no connected worker has this target's toolchain");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Views for the dashboard

namespace {

// The first line of `text`, at most `max_bytes`, cut on a UTF-8 character boundary.
std::string FirstLine(const std::string& text, size_t max_bytes) {
  size_t end = std::min(text.find('\n'), std::min(text.size(), max_bytes));
  if (end < text.size() && text[end] != '\n') {
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not mid-character
  }
  std::string out = text.substr(0, end);
  if (end < text.size()) out += "\u2026";
  return out;
}

// A stored PushRequest's filename and entry, read off the wire without copying its source (a
// list of 200 jobs would otherwise parse up to 200 sources of 8 MiB).
std::pair<std::string, std::string> FilenameAndEntry(const std::string& request) {
  using google::protobuf::internal::WireFormatLite;
  google::protobuf::io::CodedInputStream in(reinterpret_cast<const uint8_t*>(request.data()), static_cast<int>(request.size()));
  std::string filename, entry;
  while (uint32_t tag = in.ReadTag()) {
    int field = WireFormatLite::GetTagFieldNumber(tag);
    bool text = WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
    if (text && (field == proto::PushRequest::kFilenameFieldNumber || field == proto::PushRequest::kEntryFieldNumber)) {
      uint32_t size = 0;
      std::string value;
      if (!in.ReadVarint32(&size) || size > 4096 || !in.ReadString(&value, static_cast<int>(size))) break;
      (field == proto::PushRequest::kFilenameFieldNumber ? filename : entry) = std::move(value);
    } else if (!WireFormatLite::SkipField(&in, tag)) {
      break;
    }
  }
  return {IsValidUtf8(filename) ? filename : "", IsValidUtf8(entry) ? entry : ""};
}

}  // namespace

proto::ListJobsResponse Scheduler::ListJobs(const std::string& tenant, int limit) {
  proto::ListJobsResponse out;
  auto rows = index_->RecentJobs(tenant, std::clamp(limit, 1, kMaxListedJobs));
  std::lock_guard lock(mu_);
  for (const auto& row : rows) {
    auto* j = out.add_jobs();
    j->set_job_id(row.id);
    j->set_created_unix_ms(row.created_ms);
    auto [filename, requested_entry] = FilenameAndEntry(row.request);
    j->set_filename(filename);
    auto it = jobs_.find(row.id);
    if (it != jobs_.end()) {  // in memory: the current state
      const proto::JobStatus& status = it->second->status;
      j->set_stage(status.stage());
      j->set_entry(status.entry().empty() ? requested_entry : status.entry());
      j->set_message(FirstLine(status.message(), 300));
      j->set_ok(status.ok());
      *j->mutable_targets() = status.targets();
    } else {
      j->set_stage(static_cast<proto::Stage>(row.stage));
      j->set_entry(row.entry.empty() ? requested_entry : row.entry);
      j->set_message(FirstLine(row.message, 300));
      j->set_ok(row.ok);
      for (const auto& t : index_->JobTargets(row.id)) FillTargetStatus(t, j->add_targets());
    }
    for (auto& t : *j->mutable_targets()) t.set_message(FirstLine(t.message(), 300));
  }
  return out;
}

absl::StatusOr<proto::JobIr> Scheduler::JobIr(const std::string& job_id, const std::string& tenant) {
  auto unknown = [&] { return absl::NotFoundError(absl::StrCat("no job '", QuoteForMessage(job_id), "'")); };
  proto::JobIr out;
  std::string digest;
  proto::Stage stage;
  {
    std::lock_guard lock(mu_);
    JobState* job = FindJob(job_id);
    if (!job || job->tenant != tenant) return unknown();
    out.set_job_id(job_id);
    out.set_entry(job->status.entry());
    digest = job->trace_digest;
    stage = job->status.stage();
  }
  if (digest.empty()) {
    return absl::NotFoundError(stage == proto::QUEUED || stage == proto::TRACING
                                   ? "the job has no IR yet: it is not traced yet"
                                   : "the job has no IR: its trace failed or was purged (its diagnostics say why)");
  }
  auto blob = blobs_->Get(digest);
  proto::TraceResult result;
  if (!blob.ok() || !result.ParseFromString(*blob)) return absl::NotFoundError("the job's trace is no longer stored");
  auto module = ir::FromProto(result.module());
  if (!module.ok()) return absl::DataLossError(absl::StrCat("the job's stored IR does not convert: ", module.status().message()));
  out.set_ir(ir::Print(*module));
  return out;
}

absl::StatusOr<proto::JobSource> Scheduler::JobSource(const std::string& job_id, const std::string& tenant,
                                                      const std::string& target) {
  auto unknown = [&] { return absl::NotFoundError(absl::StrCat("no job '", QuoteForMessage(job_id), "'")); };
  proto::JobSource out;
  std::string digest, entry;
  {
    std::lock_guard lock(mu_);
    JobState* job = FindJob(job_id);
    if (!job || job->tenant != tenant) return unknown();
    entry = job->status.entry();
    const proto::TargetStatus* found = nullptr;
    for (const auto& t : job->status.targets()) {
      // No target named: the first that has a bundle.
      if (target.empty() ? !t.artifact_digest().empty() : t.target() == target) {
        found = &t;
        break;
      }
    }
    if (!found) {
      return absl::NotFoundError(target.empty() ? std::string("the job has no bundle (yet)")
                                                : absl::StrCat("the job has no target '", QuoteForMessage(target), "'"));
    }
    if (found->artifact_digest().empty()) {
      return absl::NotFoundError(absl::StrCat("the job has no bundle for ", target, " (", StageName(found->stage()), ")"));
    }
    digest = found->artifact_digest();
    out.set_target(found->target());
  }
  auto blob = ReadBlob(digest, tenant);
  if (!blob.ok()) return blob.status();
  proto::Bundle bundle;
  if (!bundle.ParseFromString(*blob)) return absl::DataLossError("the stored bundle does not parse");
  // The manifest names the generated source; bundles name it ENTRY.cc.
  std::string name = entry + ".cc";
  for (const auto& f : bundle.files()) {
    if (f.name() != "manifest.json") continue;
    auto manifest = nlohmann::json::parse(f.data(), nullptr, false);
    if (manifest.is_object() && manifest.contains("source") && manifest["source"].is_string()) name = manifest["source"];
  }
  for (const auto& f : bundle.files()) {
    if (f.name() != name) continue;
    out.set_job_id(job_id);
    out.set_file(name);
    // Generated from checked UTF-8 source; anything else would break the JSON answer.
    out.set_source(IsValidUtf8(f.data()) ? f.data() : std::string("(the generated source is not valid UTF-8)"));
    return out;
  }
  return absl::NotFoundError(absl::StrCat("the bundle for ", target, " holds no generated source"));
}

proto::ListWorkersResponse Scheduler::Workers() {
  std::lock_guard lock(mu_);
  proto::ListWorkersResponse out;
  auto now = std::chrono::steady_clock::now();
  for (const auto& [worker, seen] : workers_seen_) {
    auto ago = std::chrono::duration_cast<std::chrono::milliseconds>(now - seen);
    if (ago > std::chrono::seconds(60)) continue;
    auto* w = out.add_workers();
    w->set_worker_id(worker);
    w->set_last_seen_ms_ago(ago.count());
    if (auto t = worker_targets_.find(worker); t != worker_targets_.end())
      for (const auto& [name, _] : t->second) w->add_targets(name);
    if (auto c = worker_can_trace_.find(worker); c != worker_can_trace_.end()) w->set_can_trace(c->second);
    int leased = 0;
    for (const auto& [_, task] : tasks_) leased += task.leased && task.worker == worker;
    w->set_leased_tasks(leased);
  }
  return out;
}

proto::ServerStats Scheduler::Stats() {
  proto::ServerStats out;
  {
    std::lock_guard lock(mu_);
    std::map<std::pair<std::string, std::string>, std::pair<int, int>> depth;  // (kind, target) -> (queued, leased)
    for (const auto& [_, task] : tasks_) {
      auto& d = depth[{task.kind == proto::Task::TRACE ? "trace" : "compile", task.target}];
      (task.leased ? d.second : d.first)++;
    }
    int queued = 0;
    for (const auto& [key, d] : depth) {
      auto* q = out.add_queue();
      q->set_kind(key.first);
      q->set_target(key.second);
      q->set_queued(d.first);
      q->set_leased(d.second);
      queued += d.first;
    }
    out.set_queued_tasks(queued);
    int active = 0;
    for (const auto& [_, job] : jobs_) active += !job->finished;
    out.set_active_jobs(active);
  }
  for (const char* cache : {"trace", "artifact"}) {
    auto* c = out.add_caches();
    c->set_cache(cache);
    auto hits = static_cast<int64_t>(metrics_.Value("fxn_cache_requests_total", {{"cache", cache}, {"result", "hit"}}));
    auto misses = static_cast<int64_t>(metrics_.Value("fxn_cache_requests_total", {{"cache", cache}, {"result", "miss"}}));
    c->set_hits(hits);
    c->set_misses(misses);
    c->set_hit_rate(hits + misses > 0 ? static_cast<double>(hits) / static_cast<double>(hits + misses) : 0.0);
  }
  return out;
}

std::string Scheduler::RenderMetrics() {
  std::map<std::string, std::vector<std::pair<Labels, double>>> gauges;
  {
    std::lock_guard lock(mu_);
    std::map<std::pair<std::string, std::string>, int> jobs;  // (tenant, state)
    for (const auto& [_, job] : jobs_) {
      if (!job->finished) ++jobs[{job->tenant, StageName(job->status.stage())}];
    }
    for (const auto& [key, n] : jobs) gauges["fxn_jobs"].push_back({{{"tenant", key.first}, {"state", key.second}}, n});
    std::map<std::pair<std::string, std::string>, int> queued;  // (kind, target)
    for (const auto& [_, task] : tasks_) {
      if (!task.leased) ++queued[{task.kind == proto::Task::TRACE ? "trace" : "compile", task.target}];
    }
    for (const auto& t : toolchains::AllTargets()) queued.try_emplace({"compile", t.name}, 0);
    queued.try_emplace({"trace", ""}, 0);
    for (const auto& [key, n] : queued) gauges["fxn_queue_depth"].push_back({{{"kind", key.first}, {"target", key.second}}, n});
  }
  const proto::ListTargetsResponse targets = Targets();  // named: the loop must not outlive it
  for (const auto& t : targets.targets()) gauges["fxn_workers"].push_back({{{"target", t.name()}}, t.workers()});
  return metrics_.Render(gauges);
}

// ---------------------------------------------------------------------------------------------
// Workers

std::optional<proto::Task> Scheduler::MakeTask(TaskState& task) {
  JobState* job = FindJob(task.job_id);
  if (!job) return std::nullopt;
  proto::Task out;
  out.set_task_id(task.id);
  out.set_job_id(task.job_id);
  out.set_kind(task.kind);
  out.set_lease_ms(options_.lease.count());
  if (task.kind == proto::Task::TRACE) {
    *out.mutable_trace() = TraceRequestOf(job->request);
  } else {
    auto blob = blobs_->Get(job->trace_digest);
    if (!blob.ok() || !out.mutable_traced()->ParseFromString(*blob)) return std::nullopt;
    out.set_python_source(job->request.source());
    out.set_target(task.target);
  }
  return out;
}

Scheduler::TaskState* Scheduler::PickFairly(const std::function<bool(const TaskState&)>& fits,
                                            const std::set<int64_t>& skip) {
  // Per tenant: its tasks now leased, and its oldest queued task that fits (tasks_ is in queue order).
  std::map<std::string, int> leased;
  std::map<std::string, TaskState*> oldest;
  for (auto& [id, task] : tasks_) {
    if (task.leased) {
      ++leased[task.tenant];
    } else if (!oldest.count(task.tenant) && !skip.count(id) && fits(task)) {
      oldest[task.tenant] = &task;
    }
  }
  TaskState* best = nullptr;
  for (auto& [tenant, task] : oldest) {
    if (!best) {
      best = task;
      continue;
    }
    auto key = [&](const TaskState* t) { return std::make_pair(leased[t->tenant], tenant_served_[t->tenant]); };
    if (key(task) < key(best)) best = task;
  }
  return best;
}

std::optional<proto::Task> Scheduler::TryAssign(const proto::LeaseRequest& request, const std::string& worker_token) {
  std::map<std::string, std::string> targets;
  for (const auto& t : request.targets()) targets[t.name()] = t.toolchain_digest();
  auto fits = [&](const TaskState& task) {
    return task.kind == proto::Task::TRACE ? request.can_trace() : targets.count(task.target) > 0;
  };
  std::set<int64_t> skip;  // tasks that cannot be handed out now
  while (TaskState* picked = PickFairly(fits, skip)) {
    TaskState& task = *picked;
    auto payload = MakeTask(task);
    JobState* job = FindJob(task.job_id);
    if (!payload || !job) {  // its inputs are gone (a corrupt trace blob): trace again
      if (job && task.kind == proto::Task::COMPILE) {
        Note(index_->DeleteTrace(job->trace_key), "dropping a corrupt trace");
        Note(index_->SetTaskState(task.id, "failed", task.attempts), "a task whose inputs are gone");
        Pending unused;
        tasks_.erase(task.id);
        Enqueue(*job, proto::Task::TRACE, "", unused);
        continue;
      }
      skip.insert(task.id);
      continue;
    }
    task.leased = true;
    task.worker = request.worker_id();
    task.worker_token = worker_token;
    task.leased_at = std::chrono::steady_clock::now();
    task.deadline = task.leased_at + options_.lease;
    task.bundle_digest.clear();
    task.attempts++;
    if (task.kind == proto::Task::COMPILE) task.toolchain_digest = targets[task.target];
    // Lost, this costs nothing: a restart queues leased tasks again anyway.
    Note(index_->SetTaskState(task.id, "leased", task.attempts), "a lease");
    ++tasks_leased_;
    tenant_served_[task.tenant] = static_cast<uint64_t>(tasks_leased_);
    metrics_.Observe("fxn_stage_seconds", {{"stage", "queued"}},
                     std::chrono::duration<double>(task.leased_at - task.queued_at).count());
    if (task.kind == proto::Task::TRACE) {
      job->status.set_stage(proto::TRACING);
      Note(index_->UpdateJob(job->status.job_id(), proto::TRACING, "", "", false), "a job's tracing stage");
      proto::Event e;
      e.set_stage(proto::TRACING);
      Emit(*job, e);
    } else {
      SetTarget(*job, task.target, proto::COMPILING, "", "", false);
    }
    spdlog::info("job {}: task {} ({}{}) leased to {}", task.job_id, task.id, task.kind == proto::Task::TRACE ? "trace" : "compile ",
                 task.target, request.worker_id());
    return payload;
  }
  return std::nullopt;
}

void Scheduler::DispatchToWaiters(Pending& pending) {
  for (auto it = waiters_.begin(); it != waiters_.end();) {
    auto task = TryAssign(it->request, it->worker_token);
    if (task) {
      pending.leases.emplace_back(std::move(it->done), std::move(task));
      it = waiters_.erase(it);
    } else {
      ++it;
    }
  }
}

void Scheduler::Run(Pending& pending) {
  for (auto& [done, task] : pending.leases) done(std::move(task));
  pending.leases.clear();
}

void Scheduler::Lease(const proto::LeaseRequest& request, LeaseCallback done, const std::string& worker_token) {
  Pending pending;
  {
    std::lock_guard lock(mu_);
    workers_seen_[request.worker_id()] = std::chrono::steady_clock::now();
    worker_can_trace_[request.worker_id()] = request.can_trace();
    auto& known = worker_targets_[request.worker_id()];
    known.clear();
    for (const auto& t : request.targets()) {
      known[t.name()] = t.toolchain_digest();
      if (toolchains_[t.name()] != t.toolchain_digest()) {
        toolchains_[t.name()] = t.toolchain_digest();
        Note(index_->SetToolchain(t.name(), t.toolchain_digest()), "a worker's toolchain");
      }
    }
    if (auto task = TryAssign(request, worker_token)) {
      pending.leases.emplace_back(std::move(done), std::move(task));
    } else {
      auto wait = std::chrono::milliseconds(std::clamp(request.wait_ms(), 0, 60000));
      waiters_.push_back({request, std::move(done), std::chrono::steady_clock::now() + wait, worker_token});
    }
  }
  Run(pending);
}

bool Scheduler::Heartbeat(const std::string& worker_id, int64_t task_id, proto::Stage stage) {
  std::lock_guard lock(mu_);
  workers_seen_[worker_id] = std::chrono::steady_clock::now();
  auto it = tasks_.find(task_id);
  if (it == tasks_.end() || !it->second.leased || it->second.worker != worker_id) return false;
  TaskState& task = it->second;
  auto now = std::chrono::steady_clock::now();
  if (now - task.leased_at > options_.max_task_time) return false;  // not extended: it expires
  task.deadline = std::min(now + options_.lease, task.leased_at + options_.max_task_time);
  if ((stage == proto::COMPILED || stage == proto::VERIFYING) && stage != task.reported && task.kind == proto::Task::COMPILE) {
    task.reported = stage;
    if (JobState* job = FindJob(task.job_id); job && !job->finished)
      SetTarget(*job, task.target, stage, stage == proto::VERIFYING ? job->verifying_message : "", "", false);
  }
  return true;
}

absl::Status Scheduler::Complete(const proto::CompleteRequest& request) {
  Pending pending;
  {
    std::lock_guard lock(mu_);
    auto it = tasks_.find(request.task_id());
    if (it == tasks_.end() || !it->second.leased || it->second.worker != request.worker_id()) {
      return absl::FailedPreconditionError("this worker no longer holds the task's lease");
    }
    TaskState task = it->second;
    tasks_.erase(it);
    Note(index_->SetTaskState(task.id, request.ok() ? "done" : "failed", task.attempts), "a finished task");
    metrics_.Observe("fxn_stage_seconds", {{"stage", task.kind == proto::Task::TRACE ? "trace" : "compile"}},
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - task.leased_at).count());
    JobState* job = FindJob(task.job_id);
    if (!job || job->finished) return absl::OkStatus();
    if (task.kind == proto::Task::TRACE) {
      if (!request.ok()) {
        FailJob(*job, request.error());
      } else {
        const auto& result = request.trace_result();
        if (auto checked = tracer::CheckTraceResult(result); !checked.ok()) {
          FailJob(*job, std::string(checked.status().message()));  // never cached
        } else if (result.diagnostics_size() == 0) {
          auto digest = blobs_->Put(result.SerializeAsString());
          if (!digest.ok()) {
            FailJob(*job, std::string(digest.status().message()));
          } else {
            job->trace_digest = *digest;
            Note(index_->PutTrace(job->trace_key, *digest, task.worker_token), "a trace in the cache");
            OnTraced(*job, result, false, pending);
          }
        } else {
          OnTraced(*job, result, false, pending);  // fails the job with the diagnostics
        }
      }
    } else if (!request.ok()) {
      SetTarget(*job, task.target, proto::FAILED, request.error(), "", false);
      MaybeFinish(*job);
    } else if (task.bundle_digest.empty() || request.bundle_digest() != task.bundle_digest) {
      SetTarget(*job, task.target, proto::FAILED, "the worker reported a bundle it did not upload for this task", "", false);
      MaybeFinish(*job);
    } else if (request.verdict() != proto::VERIFIED && request.verdict() != proto::FAILED &&
               request.verdict() != proto::NOT_VERIFIED) {
      SetTarget(*job, task.target, proto::FAILED, "the worker reported no verdict", "", false);
      MaybeFinish(*job);
    } else {
      Note(index_->PutArtifact(ArtifactKey(*job, task.target, task.toolchain_digest),
                                {task.bundle_digest, request.verdict(), request.verdict_message(), task.worker_token}),
           "an artifact in the cache");
      SetTarget(*job, task.target, request.verdict(), request.verdict_message(), task.bundle_digest, false, task.worker_token);
      MaybeFinish(*job);
    }
  }
  Run(pending);
  return absl::OkStatus();
}

absl::StatusOr<std::string> Scheduler::AcceptBundle(const std::string& worker_id, int64_t task_id, const std::string& data) {
  {
    std::lock_guard lock(mu_);
    auto it = tasks_.find(task_id);
    if (it == tasks_.end() || !it->second.leased || it->second.worker != worker_id || it->second.kind != proto::Task::COMPILE) {
      return absl::FailedPreconditionError("this worker holds no lease on that compile task");
    }
  }
  if (data.size() > kMaxBundleBytes) {
    return absl::ResourceExhaustedError(absl::StrCat("the bundle is over ", kMaxBundleBytes >> 20, " MiB, the limit for one bundle"));
  }
  proto::Bundle bundle;
  if (!bundle.ParseFromString(data)) return absl::InvalidArgumentError("the upload is not a bundle");
  for (const auto& f : bundle.files()) {
    if (!IsSafeFileName(f.name())) {
      return absl::InvalidArgumentError(absl::StrCat("the bundle holds a bad file name '", QuoteForMessage(f.name()), "'"));
    }
  }
  auto digest = blobs_->Put(data);  // outside the lock: a large write must not stall the scheduler
  if (!digest.ok()) return digest.status();
  std::lock_guard lock(mu_);
  auto it = tasks_.find(task_id);
  if (it == tasks_.end() || !it->second.leased || it->second.worker != worker_id) {
    return absl::FailedPreconditionError("this worker lost the task's lease during the upload");
  }
  it->second.bundle_digest = *digest;
  return *digest;
}

void Scheduler::ReleaseWaiters() {
  std::deque<Waiter> waiters;
  {
    std::lock_guard lock(mu_);
    waiters.swap(waiters_);
  }
  for (auto& w : waiters) w.done(std::nullopt);
}

void Scheduler::Tick() {
  Pending pending;
  std::vector<LeaseCallback> expired_waiters;
  {
    std::lock_guard lock(mu_);
    FailJobsWithLostWrites();
    auto now = std::chrono::steady_clock::now();
    bool requeued = false;
    for (auto it = tasks_.begin(); it != tasks_.end();) {
      TaskState& task = it->second;
      if (!task.leased || task.deadline > now) {
        ++it;
        continue;
      }
      JobState* job = FindJob(task.job_id);
      spdlog::warn("job {}: worker {} lost the lease on task {} (attempt {})", task.job_id, task.worker, task.id, task.attempts);
      if (task.attempts >= options_.max_attempts) {
        Note(index_->SetTaskState(task.id, "failed", task.attempts), "a task that failed");
        std::string target = task.target;
        bool trace = task.kind == proto::Task::TRACE;
        it = tasks_.erase(it);
        std::string why = absl::StrCat("the workers running this task stopped answering ", options_.max_attempts,
                                       " times (crashed or killed?)");
        if (job && !job->finished) {
          if (trace) {
            FailJob(*job, why);
          } else {
            SetTarget(*job, target, proto::FAILED, why, "", false);
            MaybeFinish(*job);
          }
        }
        continue;
      }
      task.leased = false;
      task.worker.clear();
      task.reported = proto::STAGE_UNSPECIFIED;
      Note(index_->SetTaskState(task.id, "queued", task.attempts), "a task queued again");
      if (job) {
        proto::Event e;
        e.set_stage(proto::QUEUED);
        e.set_target(task.target);
        e.set_message("the worker stopped answering; the task was queued again");
        Emit(*job, e);
      }
      requeued = true;
      ++it;
    }
    // Compile tasks nobody can take: no worker seen lately has the target's toolchain.
    for (auto it = tasks_.begin(); it != tasks_.end();) {
      TaskState& task = it->second;
      bool servable = task.kind != proto::Task::COMPILE || task.leased || now - task.queued_at < options_.no_worker_timeout;
      for (const auto& [worker, targets] : worker_targets_) {
        auto seen = workers_seen_.find(worker);
        if (servable) break;
        servable = targets.count(task.target) && seen != workers_seen_.end() && now - seen->second < std::chrono::seconds(30);
      }
      if (servable) {
        ++it;
        continue;
      }
      Note(index_->SetTaskState(task.id, "failed", task.attempts), "a task no worker can take");
      std::string target = task.target;
      JobState* job = FindJob(task.job_id);
      it = tasks_.erase(it);
      if (job && !job->finished) {
        SetTarget(*job, target, proto::FAILED,
                  absl::StrCat("no connected worker can build ", target, " (none has its toolchain); see `fxn targets`"),
                  "", false);
        MaybeFinish(*job);
      }
    }
    if (requeued) DispatchToWaiters(pending);
    // Finished jobs nobody follows leave memory; SQLite keeps them for GetJob and Watch.
    for (auto it = jobs_.begin(); it != jobs_.end();) {
      const JobState& job = *it->second;
      if (job.finished && job.subscribers.empty() && now - job.idle_since > options_.finished_job_retention) {
        it = jobs_.erase(it);
      } else {
        ++it;
      }
    }
    for (auto it = waiters_.begin(); it != waiters_.end();) {
      if (it->deadline <= now) {
        expired_waiters.push_back(std::move(it->done));
        it = waiters_.erase(it);
      } else {
        ++it;
      }
    }
  }
  Run(pending);
  for (auto& done : expired_waiters) done(std::nullopt);
}

}  // namespace fxn::server
