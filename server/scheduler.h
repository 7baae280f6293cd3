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
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "compiler.pb.h"
#include "server/blob_store.h"
#include "server/index.h"

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
  absl::StatusOr<std::string> Submit(const proto::PushRequest& request);
  // Calls `callback` (under the scheduler's lock: keep it short) with every event of the job,
  // past ones first. Returns a subscription id, or nullopt for an unknown job.
  std::optional<int> Subscribe(const std::string& job_id, EventCallback callback);
  void Unsubscribe(const std::string& job_id, int subscription);
  std::optional<proto::JobStatus> GetJob(const std::string& job_id);
  // A blob, verified; a corrupt one is dropped (and the artifacts naming it forgotten, so the
  // next push rebuilds them).
  absl::StatusOr<std::string> ReadBlob(const std::string& digest);
  proto::ListTargetsResponse Targets();

  // ---- the worker API ----
  // Calls `done` with a task now, or later when one arrives, or with nullopt after wait_ms.
  void Lease(const proto::LeaseRequest& request, LeaseCallback done);
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
  };
  struct JobState {
    proto::PushRequest request;
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
                 const std::string& digest, bool cached);
  void OnTraced(JobState& job, const proto::TraceResult& result, bool cached, Pending& pending);
  void FailJob(JobState& job, const std::string& message);
  void MaybeFinish(JobState& job);
  int64_t Enqueue(JobState& job, proto::Task::Kind kind, const std::string& target, Pending& pending);
  std::optional<proto::Task> TryAssign(const proto::LeaseRequest& request);
  std::optional<proto::Task> MakeTask(TaskState& task);
  void DispatchToWaiters(Pending& pending);
  void Run(Pending& pending);
  std::string ArtifactKey(const std::string& ir_digest, const std::string& target, const std::string& toolchain);
  void LoadJob(const JobRow& row);

  Index* index_;
  BlobStore* blobs_;
  SchedulerOptions options_;
  std::mutex mu_;
  std::map<std::string, std::unique_ptr<JobState>> jobs_;
  std::map<int64_t, TaskState> tasks_;  // open tasks, by id (queue order)
  std::deque<Waiter> waiters_;
  std::map<std::string, std::string> toolchains_;  // target -> digest last advertised
  std::map<std::string, std::chrono::steady_clock::time_point> workers_seen_;
  std::map<std::string, std::map<std::string, std::string>> worker_targets_;
  std::vector<std::pair<std::string, std::string>> lost_writes_;  // job id, message
  int next_subscription_ = 1;
  int64_t tasks_leased_ = 0;
};

}  // namespace fxn::server
