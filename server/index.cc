#include "server/index.h"

#include <sqlite3.h>

#include <chrono>
#include <functional>

#include "absl/strings/str_cat.h"
#include "support/untrusted.h"

namespace fxn::server {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY, request BLOB NOT NULL, trace_key TEXT NOT NULL, stage INTEGER NOT NULL,
  entry TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', ok INTEGER NOT NULL DEFAULT 0,
  created_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS job_targets (
  job_id TEXT NOT NULL, target TEXT NOT NULL, stage INTEGER NOT NULL, artifact_digest TEXT NOT NULL,
  message TEXT NOT NULL, cached INTEGER NOT NULL, PRIMARY KEY (job_id, target));
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL, event BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS events_by_job ON events (job_id, seq);
CREATE TABLE IF NOT EXISTS tasks (
  id INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL, kind INTEGER NOT NULL, target TEXT NOT NULL,
  state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS open_tasks ON tasks (state);
CREATE TABLE IF NOT EXISTS traces (key TEXT PRIMARY KEY, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS artifacts (
  key TEXT PRIMARY KEY, digest TEXT NOT NULL, verdict INTEGER NOT NULL, message TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS toolchains (target TEXT PRIMARY KEY, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, tenant TEXT NOT NULL, role TEXT NOT NULL,
  created_ms INTEGER NOT NULL, revoked_ms INTEGER NOT NULL DEFAULT 0);
)sql";

// Columns added after the first release, with their defaults: Migrate adds those an older data
// directory lacks (rows made before tenants belong to the default tenant; before provenance, to
// no recorded worker).
struct AddedColumn {
  const char* table;
  const char* column;
  const char* declaration;
};
constexpr AddedColumn kAddedColumns[] = {
    {"jobs", "tenant", "TEXT NOT NULL DEFAULT 'default'"},
    {"job_targets", "built_by", "TEXT NOT NULL DEFAULT ''"},
    {"artifacts", "built_by", "TEXT NOT NULL DEFAULT ''"},
    {"traces", "built_by", "TEXT NOT NULL DEFAULT ''"},
};
// Indexes over added columns (created after the migration).
constexpr const char* kAddedIndexes = R"sql(
CREATE INDEX IF NOT EXISTS job_targets_by_digest ON job_targets (artifact_digest);
CREATE INDEX IF NOT EXISTS artifacts_by_worker ON artifacts (built_by);
CREATE INDEX IF NOT EXISTS traces_by_worker ON traces (built_by);
CREATE INDEX IF NOT EXISTS jobs_by_tenant ON jobs (tenant, created_ms);
)sql";

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// A prepared statement: bind by position (1-based), step, read columns.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt& Bind(int i, const std::string& v) {
    sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindText(int i, const std::string& v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  bool Row() { return rc_ == SQLITE_OK && sqlite3_step(stmt_) == SQLITE_ROW; }
  absl::Status Run(sqlite3* db) {
    if (rc_ != SQLITE_OK) return absl::InternalError(absl::StrCat("sqlite prepare: ", sqlite3_errmsg(db)));
    int rc = sqlite3_step(stmt_);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return absl::InternalError(absl::StrCat("sqlite: ", sqlite3_errmsg(db)));
    return absl::OkStatus();
  }
  std::string Text(int col) {
    const void* p = sqlite3_column_blob(stmt_, col);
    int n = sqlite3_column_bytes(stmt_, col);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : "";
  }
  int64_t Int(int col) { return sqlite3_column_int64(stmt_, col); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Index>> Index::Open(const std::string& path, std::chrono::milliseconds busy_timeout) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
    std::string err = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return absl::UnavailableError(absl::StrCat("cannot open ", path, ": ", err));
  }
  sqlite3_busy_timeout(db, static_cast<int>(busy_timeout.count()));
  // No checkpoint when the connection closes: SQLite would copy the WAL into the database and
  // sync both (20-30 ms of every `fxn push` with the embedded server, a cache hit included).
  // Commits still checkpoint once the WAL passes 1000 pages, so it stays bounded.
  sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
  std::unique_ptr<Index> index(new Index(db));
  if (auto s = index->Exec(kSchema); !s.ok()) return s;
  if (auto s = index->Migrate(); !s.ok()) return s;
  return index;
}

Index::~Index() { sqlite3_close(db_); }

absl::Status Index::Exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "?";
    sqlite3_free(err);
    return absl::InternalError(absl::StrCat("sqlite: ", msg));
  }
  return absl::OkStatus();
}

absl::Status Index::Migrate() {
  for (const auto& added : kAddedColumns) {
    bool present = false;
    {
      Stmt s(db_, absl::StrCat("SELECT COUNT(*) FROM pragma_table_info('", added.table, "') WHERE name='", added.column, "'").c_str());
      present = s.Row() && s.Int(0) > 0;
    }
    if (present) continue;
    // Two servers opening one old directory at once: the loser's ALTER fails on a duplicate column.
    auto altered = Exec(absl::StrCat("ALTER TABLE ", added.table, " ADD COLUMN ", added.column, " ", added.declaration));
    if (!altered.ok() && altered.message().find("duplicate column") == std::string_view::npos) return altered;
  }
  return Exec(kAddedIndexes);
}

absl::Status Index::InsertJob(const JobRow& job) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "INSERT INTO jobs (id, request, trace_key, stage, entry, message, ok, created_ms, tenant) VALUES (?,?,?,?,?,?,?,?,?)");
  s.BindText(1, job.id).Bind(2, job.request).BindText(3, job.trace_key).Bind(4, job.stage).BindText(5, job.entry);
  s.BindText(6, job.message).Bind(7, job.ok ? 1 : 0).Bind(8, job.created_ms ? job.created_ms : NowMs()).BindText(9, job.tenant);
  return s.Run(db_);
}

absl::Status Index::UpdateJob(const std::string& id, int stage, const std::string& entry, const std::string& message,
                              bool ok) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "UPDATE jobs SET stage=?, entry=?, message=?, ok=? WHERE id=?");
  s.Bind(1, stage).BindText(2, entry).BindText(3, message).Bind(4, ok ? 1 : 0).BindText(5, id);
  return s.Run(db_);
}

std::optional<JobRow> Index::GetJob(const std::string& id) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT id, request, trace_key, stage, entry, message, ok, created_ms, tenant FROM jobs WHERE id=?");
  s.BindText(1, id);
  if (!s.Row()) return std::nullopt;
  return JobRow{s.Text(0), s.Text(1), s.Text(2), static_cast<int>(s.Int(3)), s.Text(4), s.Text(5), s.Int(6) != 0, s.Int(7), s.Text(8)};
}

std::vector<JobRow> Index::UnfinishedJobs() {
  std::lock_guard lock(mu_);
  // 8 = FAILED, 9 = DONE (proto::Stage)
  Stmt s(db_, "SELECT id, request, trace_key, stage, entry, message, ok, created_ms, tenant FROM jobs WHERE stage NOT IN (8, 9) "
              "ORDER BY created_ms");
  std::vector<JobRow> out;
  while (s.Row()) {
    out.push_back({s.Text(0), s.Text(1), s.Text(2), static_cast<int>(s.Int(3)), s.Text(4), s.Text(5), s.Int(6) != 0, s.Int(7), s.Text(8)});
  }
  return out;
}

std::vector<JobRow> Index::RecentJobs(const std::string& tenant, int limit) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT id, request, trace_key, stage, entry, message, ok, created_ms, tenant FROM jobs WHERE tenant=? "
              "ORDER BY created_ms DESC, rowid DESC LIMIT ?");
  s.BindText(1, tenant).Bind(2, limit);
  std::vector<JobRow> out;
  while (s.Row()) {
    out.push_back({s.Text(0), s.Text(1), s.Text(2), static_cast<int>(s.Int(3)), s.Text(4), s.Text(5), s.Int(6) != 0, s.Int(7), s.Text(8)});
  }
  return out;
}

absl::Status Index::SetJobTarget(const std::string& job_id, const JobTargetRow& row) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "INSERT OR REPLACE INTO job_targets (job_id, target, stage, artifact_digest, message, cached, built_by) "
              "VALUES (?,?,?,?,?,?,?)");
  s.BindText(1, job_id).BindText(2, row.target).Bind(3, row.stage).BindText(4, row.artifact_digest).BindText(5, row.message);
  s.Bind(6, row.cached ? 1 : 0).BindText(7, row.built_by);
  return s.Run(db_);
}

std::vector<JobTargetRow> Index::JobTargets(const std::string& job_id) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT target, stage, artifact_digest, message, cached, built_by FROM job_targets WHERE job_id=? ORDER BY target");
  s.BindText(1, job_id);
  std::vector<JobTargetRow> out;
  while (s.Row()) out.push_back({s.Text(0), static_cast<int>(s.Int(1)), s.Text(2), s.Text(3), s.Int(4) != 0, s.Text(5)});
  return out;
}

absl::Status Index::AppendEvent(const std::string& job_id, const std::string& event) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "INSERT INTO events (job_id, event) VALUES (?, ?)");
  s.BindText(1, job_id).Bind(2, event);
  return s.Run(db_);
}

std::vector<std::string> Index::Events(const std::string& job_id) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT event FROM events WHERE job_id=? ORDER BY seq");
  s.BindText(1, job_id);
  std::vector<std::string> out;
  while (s.Row()) out.push_back(s.Text(0));
  return out;
}

absl::StatusOr<int64_t> Index::InsertTask(const std::string& job_id, int kind, const std::string& target) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "INSERT INTO tasks (job_id, kind, target, state) VALUES (?,?,?,'queued')");
  s.BindText(1, job_id).Bind(2, kind).BindText(3, target);
  if (auto st = s.Run(db_); !st.ok()) return st;
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

absl::Status Index::SetTaskState(int64_t id, const std::string& state, int attempts) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "UPDATE tasks SET state=?, attempts=? WHERE id=?");
  s.BindText(1, state).Bind(2, attempts).Bind(3, id);
  return s.Run(db_);
}

std::vector<TaskRow> Index::OpenTasks() {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT id, job_id, kind, target, state, attempts FROM tasks WHERE state IN ('queued','leased') ORDER BY id");
  std::vector<TaskRow> out;
  while (s.Row()) out.push_back({s.Int(0), s.Text(1), static_cast<int>(s.Int(2)), s.Text(3), s.Text(4), static_cast<int>(s.Int(5))});
  return out;
}

absl::Status Index::PutTrace(const std::string& key, const std::string& digest, const std::string& built_by) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "INSERT OR REPLACE INTO traces (key, digest, built_by) VALUES (?,?,?)");
  s.BindText(1, key).BindText(2, digest).BindText(3, built_by);
  return s.Run(db_);
}

std::optional<std::string> Index::GetTrace(const std::string& key) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT digest FROM traces WHERE key=?");
  s.BindText(1, key);
  if (!s.Row()) return std::nullopt;
  return s.Text(0);
}

absl::Status Index::DeleteTrace(const std::string& key) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "DELETE FROM traces WHERE key=?");
  s.BindText(1, key);
  return s.Run(db_);
}

absl::Status Index::PutArtifact(const std::string& key, const ArtifactRow& row) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "INSERT OR REPLACE INTO artifacts (key, digest, verdict, message, built_by) VALUES (?,?,?,?,?)");
  s.BindText(1, key).BindText(2, row.digest).Bind(3, row.verdict).BindText(4, row.message).BindText(5, row.built_by);
  return s.Run(db_);
}

std::optional<ArtifactRow> Index::GetArtifact(const std::string& key) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT digest, verdict, message, built_by FROM artifacts WHERE key=?");
  s.BindText(1, key);
  if (!s.Row()) return std::nullopt;
  return ArtifactRow{s.Text(0), static_cast<int>(s.Int(1)), s.Text(2), s.Text(3)};
}

absl::Status Index::DeleteArtifact(const std::string& key) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "DELETE FROM artifacts WHERE key=?");
  s.BindText(1, key);
  return s.Run(db_);
}

bool Index::TenantHasArtifact(const std::string& tenant, const std::string& digest) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT 1 FROM job_targets t JOIN jobs j ON j.id = t.job_id WHERE t.artifact_digest=? AND j.tenant=? LIMIT 1");
  s.BindText(1, digest).BindText(2, tenant);
  return s.Row();
}

absl::StatusOr<PurgedRows> Index::PurgeWorker(const std::string& token_id) {
  std::lock_guard lock(mu_);
  PurgedRows out;
  if (token_id.empty()) return absl::InvalidArgumentError("no worker token id given");
  std::vector<std::string> named;
  {
    Stmt s(db_, "SELECT digest FROM artifacts WHERE built_by=?1 UNION SELECT digest FROM traces WHERE built_by=?1");
    s.BindText(1, token_id);
    while (s.Row()) named.push_back(s.Text(0));
  }
  if (auto st = Exec("BEGIN IMMEDIATE"); !st.ok()) return st;
  auto run = [&](const char* sql, int64_t* changed) -> absl::Status {
    Stmt s(db_, sql);
    s.BindText(1, token_id);
    auto st = s.Run(db_);
    if (st.ok() && changed) *changed = sqlite3_changes(db_);
    return st;
  };
  absl::Status st = run("DELETE FROM artifacts WHERE built_by=?", &out.artifacts);
  if (st.ok()) st = run("DELETE FROM traces WHERE built_by=?", &out.traces);
  // Jobs that got those artifacts keep their history but no longer name a download.
  if (st.ok()) st = run("UPDATE job_targets SET artifact_digest='' WHERE built_by=?", nullptr);
  if (!st.ok()) {
    (void)Exec("ROLLBACK");
    return st;
  }
  if (auto committed = Exec("COMMIT"); !committed.ok()) return committed;
  for (const auto& digest : named) {
    Stmt s(db_, "SELECT (SELECT COUNT(*) FROM artifacts WHERE digest=?1) + (SELECT COUNT(*) FROM traces WHERE digest=?1) + "
                "(SELECT COUNT(*) FROM job_targets WHERE artifact_digest=?1)");
    s.BindText(1, digest);
    if (s.Row() && s.Int(0) == 0) out.unreferenced_blobs.push_back(digest);
  }
  return out;
}

absl::Status Index::SetToolchain(const std::string& target, const std::string& digest) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "INSERT OR REPLACE INTO toolchains (target, digest) VALUES (?,?)");
  s.BindText(1, target).BindText(2, digest);
  return s.Run(db_);
}

std::map<std::string, std::string> Index::Toolchains() {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT target, digest FROM toolchains");
  std::map<std::string, std::string> out;
  while (s.Row()) out[s.Text(0)] = s.Text(1);
  return out;
}

namespace {
TokenRow ReadToken(Stmt& s) {
  return TokenRow{s.Text(0), s.Text(1), s.Text(2), ParseRole(s.Text(3)).value_or(Role::kClient), s.Int(4), s.Int(5)};
}
}  // namespace

absl::Status Index::InsertToken(const TokenRow& row) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "INSERT INTO tokens (id, secret_hash, tenant, role, created_ms, revoked_ms) VALUES (?,?,?,?,?,?)");
  s.BindText(1, row.id).BindText(2, row.secret_hash).BindText(3, row.tenant).BindText(4, std::string(RoleName(row.role)));
  s.Bind(5, row.created_ms).Bind(6, row.revoked_ms);
  return s.Run(db_);
}

std::optional<TokenRow> Index::FindToken(const std::string& id) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT id, secret_hash, tenant, role, created_ms, revoked_ms FROM tokens WHERE id=?");
  s.BindText(1, id);
  if (!s.Row()) return std::nullopt;
  return ReadToken(s);
}

std::vector<TokenRow> Index::Tokens() {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT id, secret_hash, tenant, role, created_ms, revoked_ms FROM tokens ORDER BY created_ms, id");
  std::vector<TokenRow> out;
  while (s.Row()) out.push_back(ReadToken(s));
  return out;
}

absl::Status Index::RevokeToken(const std::string& id) {
  std::lock_guard lock(mu_);
  Stmt s(db_, "UPDATE tokens SET revoked_ms=? WHERE id=? AND revoked_ms=0");
  s.Bind(1, NowMs()).BindText(2, id);
  if (auto st = s.Run(db_); !st.ok()) return st;
  if (sqlite3_changes(db_) == 0) return absl::NotFoundError(absl::StrCat("no active token '", QuoteForMessage(id), "'"));
  return absl::OkStatus();
}

int64_t Index::ActiveTokenCount() {
  std::lock_guard lock(mu_);
  Stmt s(db_, "SELECT COUNT(*) FROM tokens WHERE revoked_ms=0");
  return s.Row() ? s.Int(0) : 0;
}

}  // namespace fxn::server
