// The scheduler: the job state machine over the index and the blob store.
//
//   Submit -> trace cached? -> per target: artifact cached? -> done
//               | no               | no
//               v                  v
//          TRACE task          COMPILE task        (leased by workers that can run them)
//
// Workers long-poll Lease with what they can do (trace; targets with toolchain digests); a
// leased task must be heartbeaten, or it is queued again when its lease runs out (a worker
// killed mid-task loses nothing). Every state change is an Event, persisted and streamed to
// subscribers. Cache keys (WORKSPACE.md "Data flow"): the trace key digests source, entry, samples and
// tracer version; the artifact key digests the IR, target, toolchain digest and operator
// library digest. Only workers produce artifacts.
#pragma once
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "compiler.pb.h"
#include "server/blob_store.h"
#include "server/index.h"
#include "server/metrics.h"
#include "server/quotas.h"
#include "server/tenants.h"

namespace fxn::server {

struct SchedulerOptions {
  std::chrono::milliseconds lease{10000};  // a task's lease; workers heartbeat well within it
  int max_attempts = 3;                    // leases lost before a task fails
  size_t max_source_bytes = 8 << 20;
  size_t max_active_jobs = 1000;
  // A compile task for a target no connected worker can build fails after this long.
  std::chrono::milliseconds no_worker_timeout{10000};
  // Heartbeats extend a lease up to this long after it was granted, no further: a worker that
  // heartbeats but never finishes loses the task like one that died.
  std::chrono::milliseconds max_task_time{std::chrono::minutes(20)};
  // A finished job leaves memory this long after its last subscriber (it stays in SQLite).
  std::chrono::milliseconds finished_job_retention{std::chrono::seconds(5)};
  // Tenants share cache hits on identical content (server/tenants.h); per tenant by default.
  bool shared_cache = false;
  QuotaConfig quotas;
  // Called whenever a task is queued, under the scheduler's lock (so it may only signal, never
  // call back): the embedded server of `fxn push` starts its worker then, so a push answered
  // from the cache starts none.
  std::function<void()> on_task_queued;
  // Toolchain digests known for certain before any worker leases (target -> digest): the
  // embedded server's worker is this very binary, so its digests are computed, not recalled.
  // They override the digests the index remembers from workers of an earlier run, which after
  // an upgrade of fxn (or of clang) would answer pushes with artifacts of the old runtime.
  std::map<std::string, std::string> known_toolchains;
};

class Scheduler {
 public:
  using EventCallback = std::function<void(const proto::Event&)>;
  using LeaseCallback = std::function<void(std::optional<proto::Task>)>;

  Scheduler(Index* index, BlobStore* blobs, SchedulerOptions options = {});

  // Picks up where a previous server left off: leased tasks are queued again, unfinished jobs
  // continue.
  absl::Status Recover();

  // ---- the public API ----
  // Every job belongs to `tenant`; the calls below that name a job or an artifact answer only
  // its tenant (another's is NotFound, exactly like an id that never existed). RESOURCE_EXHAUSTED
  // when the tenant is over a quota (server/quotas.h, with RetryAfterSeconds).
  absl::StatusOr<std::string> Submit(const proto::PushRequest& request, const std::string& tenant = kDefaultTenant);
  // Calls `callback` (under the scheduler's lock: keep it short) with every event of the job,
  // past ones first. Returns a subscription id, or nullopt for an unknown job.
  std::optional<int> Subscribe(const std::string& job_id, const std::string& tenant, EventCallback callback);
  void Unsubscribe(const std::string& job_id, int subscription);
  std::optional<proto::JobStatus> GetJob(const std::string& job_id, const std::string& tenant = kDefaultTenant);
  // An artifact of one of the tenant's jobs, verified; a corrupt one is dropped (and the
  // artifacts naming it forgotten, so the next push rebuilds them).
  absl::StatusOr<std::string> ReadBlob(const std::string& digest, const std::string& tenant);
  proto::ListTargetsResponse Targets();
  // ---- views for the dashboard (server/dashboard/, served by the HTTP front) ----
  // The tenant's newest jobs, newest first (at most `limit`, clamped to 1..kMaxListedJobs).
  static constexpr int kMaxListedJobs = 200;
  proto::ListJobsResponse ListJobs(const std::string& tenant, int limit);
  // The printed IR of one of the tenant's traced jobs; NotFound for another tenant's job (as for
  // an unknown one) and for a job with no trace (not traced yet, or its trace failed).
  absl::StatusOr<proto::JobIr> JobIr(const std::string& job_id, const std::string& tenant);
  // The generated C++ in the bundle one of the tenant's jobs built for `target`.
  absl::StatusOr<proto::JobSource> JobSource(const std::string& job_id, const std::string& tenant, const std::string& target);
  // Workers seen in the last minute, with what they can do (server-wide).
  proto::ListWorkersResponse Workers();
  // Queue depth and cache hit rates (server-wide, as /metrics has them).
  proto::ServerStats Stats();
  // Prometheus text (server/metrics.h): the counters plus gauges read off the current state.
  std::string RenderMetrics();
  Metrics& metrics() { return metrics_; }

  // ---- the worker API ----
  // Calls `done` with a task now, or later when one arrives, or with nullopt after wait_ms.
  // `worker_token`: the id of the caller's token, recorded as the provenance of what it builds.
  // Tasks go to tenants in turn (fair share): the tenant with the fewest leased tasks, then the
  // one served longest ago, gets its oldest task that fits the worker.
  void Lease(const proto::LeaseRequest& request, LeaseCallback done, const std::string& worker_token = "");
  // Extends the lease; false when the worker no longer holds it. `stage` (COMPILED,
  // VERIFYING) becomes an event of the task's target.
  bool Heartbeat(const std::string& worker_id, int64_t task_id, proto::Stage stage = proto::STAGE_UNSPECIFIED);
  // A bundle a worker uploaded for a COMPILE task it holds: checked (parses, safe file names,
  // bounded size), stored, and remembered as that task's; returns its digest for Complete.
  absl::StatusOr<std::string> AcceptBundle(const std::string& worker_id, int64_t task_id, const std::string& data);
  absl::Status Complete(const proto::CompleteRequest& request);
  // Expires leases and long-polls; call periodically.
  void Tick();
  // Answers every waiting Lease with "no task" (at shutdown, so workers notice promptly).
  void ReleaseWaiters();
  // Fails every unfinished job with `message` (the embedded server, whose worker could not
  // start: its jobs would otherwise wait for a worker forever).
  void FailUnfinishedJobs(const std::string& message);

  // Counters for tests and logs.
  int64_t tasks_leased() const { return tasks_leased_; }
  size_t jobs_in_memory();

 private:
  struct TaskState {
    int64_t id;
    std::string job_id;
    proto::Task::Kind kind;
    std::string target;
    bool leased = false;
    std::string worker;
    std::chrono::steady_clock::time_point deadline;
    std::chrono::steady_clock::time_point leased_at;
    int attempts = 0;
    std::string bundle_digest;  // COMPILE: what the leasing worker uploaded
    std::string toolchain_digest;  // COMPILE: the leasing worker's, for the artifact key
    proto::Stage reported = proto::STAGE_UNSPECIFIED;
    std::chrono::steady_clock::time_point queued_at = std::chrono::steady_clock::now();
    std::string tenant = kDefaultTenant;  // the job's
    std::string worker_token;             // the leasing worker's token id (provenance)
  };
  struct JobState {
    proto::PushRequest request;
    std::string tenant = kDefaultTenant;
    std::string trace_key;
    std::string trace_digest;  // blob of the TraceResult once traced
    std::string ir_digest;
    std::string verifying_message;  // the VERIFYING event's message (fuzzing: how many inputs)
    proto::JobStatus status;
    std::map<int, EventCallback> subscribers;
    bool finished = false;
    std::chrono::steady_clock::time_point idle_since;  // finished, or last unsubscribed
  };
  struct Waiter {
    proto::LeaseRequest request;
    LeaseCallback done;
    std::chrono::steady_clock::time_point deadline;
    std::string worker_token;
  };
  struct Pending {  // callbacks to run after the lock is released
    std::vector<std::pair<LeaseCallback, std::optional<proto::Task>>> leases;
  };

  JobState* FindJob(const std::string& id);
  // Index writes whose loss would lose a job or an event: a failure is logged and the job fails
  // (at the next FailJobsWithLostWrites, a point where no caller iterates tasks_).
  void Record(const JobState& job, const absl::Status& written, std::string_view what);
  // Index writes whose loss costs nothing but time (cache entries, task states a restart
  // rebuilds anyway): a failure is logged.
  void Note(const absl::Status& written, std::string_view what);
  void FailJobsWithLostWrites();
  void Emit(JobState& job, proto::Event event);
  void SetTarget(JobState& job, const std::string& target, proto::Stage stage, const std::string& message,
                 const std::string& digest, bool cached, const std::string& built_by = "");
  void OnTraced(JobState& job, const proto::TraceResult& result, bool cached, Pending& pending);
  void FailJob(JobState& job, const std::string& message);
  void MaybeFinish(JobState& job);
  int64_t Enqueue(JobState& job, proto::Task::Kind kind, const std::string& target, Pending& pending);
  std::optional<proto::Task> TryAssign(const proto::LeaseRequest& request, const std::string& worker_token);
  // The next task for a worker that can do what `fits` says: fair share between tenants.
  TaskState* PickFairly(const std::function<bool(const TaskState&)>& fits, const std::set<int64_t>& skip);
  std::optional<proto::Task> MakeTask(TaskState& task);
  void DispatchToWaiters(Pending& pending);
  void Run(Pending& pending);
  std::string ArtifactKey(const JobState& job, const std::string& target, const std::string& toolchain);
  void LoadJob(const JobRow& row);

  Index* index_;
  BlobStore* blobs_;
  SchedulerOptions options_;
  std::mutex mu_;
  std::map<std::string, std::unique_ptr<JobState>> jobs_;
  std::map<int64_t, TaskState> tasks_;  // open tasks, by id (queue order)
  std::deque<Waiter> waiters_;
  std::map<std::string, uint64_t> tenant_served_;  // tenant -> lease count when it was last served
  QuotaGate quotas_;
  Metrics metrics_;
  std::map<std::string, std::string> toolchains_;  // target -> digest last advertised
  std::map<std::string, std::chrono::steady_clock::time_point> workers_seen_;
  std::map<std::string, std::map<std::string, std::string>> worker_targets_;
  std::map<std::string, bool> worker_can_trace_;
  std::vector<std::pair<std::string, std::string>> lost_writes_;  // job id, message
  int next_subscription_ = 1;
  int64_t tasks_leased_ = 0;
};

}  // namespace fxn::server
