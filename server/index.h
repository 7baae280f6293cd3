// The server's index in SQLite (WAL): jobs, their per-target state and events, tasks, and the
// trace and artifact caches that map cache keys to blob digests. One connection, serialized by
// a mutex; every call is one short transaction.
#pragma once
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "server/tenants.h"
#include "server/tokens.h"

struct sqlite3;

namespace fxn::server {

struct JobRow {
  std::string id;
  std::string request;  // serialized PushRequest
  std::string trace_key;
  int stage = 0;  // proto::Stage
  std::string entry;
  std::string message;
  bool ok = false;
  int64_t created_ms = 0;
  std::string tenant = kDefaultTenant;  // whose job it is (server/tenants.h)
};

struct JobTargetRow {
  std::string target;
  int stage = 0;
  std::string artifact_digest;
  std::string message;
  bool cached = false;
  std::string built_by;  // provenance: the worker token id that built its artifact
};

struct TaskRow {
  int64_t id = 0;
  std::string job_id;
  int kind = 0;  // proto::Task::Kind
  std::string target;
  std::string state;  // queued, leased, done, failed
  int attempts = 0;
};

struct ArtifactRow {
  std::string digest;
  int verdict = 0;  // proto::Stage: VERIFIED, FAILED, NOT_VERIFIED
  std::string message;
  std::string built_by;  // provenance: the token id of the worker that built it ("" before provenance)
};

// What `fxn-server purge --worker ID` removed (digests of blobs no row references any more).
struct PurgedRows {
  int64_t artifacts = 0;
  int64_t traces = 0;
  std::vector<std::string> unreferenced_blobs;
};

class Index {
 public:
  // `busy_timeout`: how long a write waits for another process's lock before it fails.
  static absl::StatusOr<std::unique_ptr<Index>> Open(const std::string& path,
                                                     std::chrono::milliseconds busy_timeout = std::chrono::seconds(10));
  ~Index();

  absl::Status InsertJob(const JobRow& job);
  absl::Status UpdateJob(const std::string& id, int stage, const std::string& entry, const std::string& message, bool ok);
  std::optional<JobRow> GetJob(const std::string& id);
  std::vector<JobRow> UnfinishedJobs();
  // The tenant's newest jobs, newest first, at most `limit` (the dashboard's list).
  std::vector<JobRow> RecentJobs(const std::string& tenant, int limit);

  absl::Status SetJobTarget(const std::string& job_id, const JobTargetRow& row);
  std::vector<JobTargetRow> JobTargets(const std::string& job_id);

  absl::Status AppendEvent(const std::string& job_id, const std::string& event);
  std::vector<std::string> Events(const std::string& job_id);

  absl::StatusOr<int64_t> InsertTask(const std::string& job_id, int kind, const std::string& target);
  absl::Status SetTaskState(int64_t id, const std::string& state, int attempts);
  std::vector<TaskRow> OpenTasks();  // queued or leased, oldest first

  absl::Status PutTrace(const std::string& key, const std::string& digest, const std::string& built_by = "");
  std::optional<std::string> GetTrace(const std::string& key);
  absl::Status DeleteTrace(const std::string& key);

  absl::Status PutArtifact(const std::string& key, const ArtifactRow& row);
  std::optional<ArtifactRow> GetArtifact(const std::string& key);
  absl::Status DeleteArtifact(const std::string& key);
  // Whether `digest` is the artifact of a job of `tenant` (what a download may fetch).
  bool TenantHasArtifact(const std::string& tenant, const std::string& digest);
  // Drops every cached artifact and trace the worker token `token_id` produced, and the job
  // targets that name those artifacts; returns the digests no remaining artifact or trace names
  // (the caller deletes those blobs, so old jobs cannot download them either).
  absl::StatusOr<PurgedRows> PurgeWorker(const std::string& token_id);

  // Tokens (server/tokens.h): the secret's hash only.
  absl::Status InsertToken(const TokenRow& row);
  std::optional<TokenRow> FindToken(const std::string& id);
  std::vector<TokenRow> Tokens();  // oldest first
  absl::Status RevokeToken(const std::string& id);  // NotFound for an unknown id
  int64_t ActiveTokenCount();

  absl::Status SetToolchain(const std::string& target, const std::string& digest);
  std::map<std::string, std::string> Toolchains();

 private:
  explicit Index(sqlite3* db) : db_(db) {}
  absl::Status Exec(const std::string& sql);
  // Adds the columns later versions introduced to a data directory made by an earlier one.
  absl::Status Migrate();

  std::mutex mu_;
  sqlite3* db_;
};

}  // namespace fxn::server
