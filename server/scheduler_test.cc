// The scheduler's state machine over a real SQLite index and blob store in a temporary
// directory: what it accepts, how leases end, what it caches, what it keeps in memory.
#include "server/scheduler.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <thread>

#include "ir/proto_convert.h"
#include "ir/test_modules.h"

namespace fxn::server {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class SchedulerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("fxn-scheduler-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "blobs");
    auto index = Index::Open((dir_ / "index.sqlite").string());
    ASSERT_TRUE(index.ok()) << index.status();
    index_ = std::move(*index);
    blobs_ = std::make_unique<BlobStore>((dir_ / "blobs").string());
  }
  void TearDown() override {
    scheduler_.reset();
    index_.reset();
    fs::remove_all(dir_);
  }
  Scheduler& Make(SchedulerOptions options = {}) {
    scheduler_ = std::make_unique<Scheduler>(index_.get(), blobs_.get(), options);
    return *scheduler_;
  }

  static proto::PushRequest Push(std::string source = "def fib(n):\n    return n\n") {
    proto::PushRequest r;
    r.set_source(std::move(source));
    r.set_filename("fib.py");
    r.add_samples_json("[10]");
    return r;
  }
  // The task a tracing worker is handed now, if any.
  static std::optional<proto::Task> LeaseNow(Scheduler& s, const std::string& worker = "w1", bool trace = true,
                                             const std::string& target = "") {
    proto::LeaseRequest lease;
    lease.set_worker_id(worker);
    lease.set_can_trace(trace);
    if (!target.empty()) {
      auto* t = lease.add_targets();
      t->set_name(target);
      t->set_toolchain_digest("tc");
    }
    // A lease with no task waits (wait_ms 0: until the next Tick): the callback may outlive us.
    auto got = std::make_shared<std::optional<proto::Task>>();
    s.Lease(lease, [got](std::optional<proto::Task> t) { *got = std::move(t); });
    return *got;
  }
  // What a worker sends back for a trace of fib: the verified fib module, entry renamed at will.
  static proto::CompleteRequest Traced(const proto::Task& task, const std::string& entry = "fib") {
    proto::CompleteRequest done;
    done.set_worker_id("w1");
    done.set_task_id(task.task_id());
    done.set_ok(true);
    auto* result = done.mutable_trace_result();
    result->set_entry(entry);
    *result->mutable_module() = ir::ToProto(ir::testing::Fib());
    auto* sample = result->add_samples();
    sample->mutable_args()->mutable_tuple_value()->add_items()->set_int_value(10);
    sample->mutable_expected()->mutable_value()->set_int_value(55);
    return done;
  }

  // Submits fib, completes its trace as worker w1, and leases its compile task to w1.
  static std::pair<std::string, proto::Task> JobAwaitingItsBundle(Scheduler& s) {
    auto id = s.Submit(Push());
    EXPECT_TRUE(id.ok()) << id.status();
    auto trace = LeaseNow(s);
    EXPECT_TRUE(trace);
    EXPECT_TRUE(s.Complete(Traced(*trace)).ok());
    auto compile = LeaseNow(s, "w1", false, "linux-x86_64");
    EXPECT_TRUE(compile && compile->kind() == proto::Task::COMPILE);
    return {*id, compile.value_or(proto::Task{})};
  }
  // fib pushed, traced and compiled by w1 under toolchain "tc": (job id, its artifact's digest).
  static std::pair<std::string, std::string> JobBuilt(Scheduler& s) {
    auto [id, compile] = JobAwaitingItsBundle(s);
    proto::Bundle bundle;
    bundle.add_files()->set_name("libfib.so");
    auto digest = s.AcceptBundle("w1", compile.task_id(), bundle.SerializeAsString());
    EXPECT_TRUE(digest.ok()) << digest.status();
    EXPECT_TRUE(s.Complete(Compiled(compile, digest.value_or(""))).ok());
    return {id, digest.value_or("")};
  }
  // What w1 reports for a compile task after uploading `digest`.
  static proto::CompleteRequest Compiled(const proto::Task& task, const std::string& digest) {
    proto::CompleteRequest done;
    done.set_worker_id("w1");
    done.set_task_id(task.task_id());
    done.set_ok(true);
    done.set_bundle_digest(digest);
    done.set_verdict(proto::VERIFIED);
    return done;
  }

  fs::path dir_;
  std::unique_ptr<Index> index_;
  std::unique_ptr<BlobStore> blobs_;
  std::unique_ptr<Scheduler> scheduler_;
};

TEST_F(SchedulerTest, JobIdsAre128RandomBits) {
  auto& s = Make();
  std::set<std::string> ids;
  for (int i = 0; i < 20; ++i) {
    auto id = s.Submit(Push());
    ASSERT_TRUE(id.ok()) << id.status();
    EXPECT_EQ(id->size(), 32u);
    EXPECT_EQ(id->find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_TRUE(ids.insert(*id).second);
  }
}

TEST_F(SchedulerTest, SubmitRefusesBadRequestsNamingTheProblem) {
  auto& s = Make();
  auto nul = s.Submit(Push(std::string("x = 1\ny = 2\0\n", 13)));
  EXPECT_EQ(nul.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(nul.status().message(), "fib.py:2:6: error: the source contains a NUL byte; remove it");
  auto utf8 = s.Submit(Push("x = '\xff'\n"));
  EXPECT_NE(utf8.status().message().find("fib.py:1:6: error: the source is not valid UTF-8"), std::string::npos) << utf8.status();
  auto entry = Push();
  entry.set_entry("../../victim");
  EXPECT_NE(s.Submit(entry).status().message().find("is not a Python identifier"), std::string::npos);
  auto big = Push();
  big.clear_samples_json();
  big.add_samples_json("[\"" + std::string(17 << 20, 'x') + "\"]");
  EXPECT_NE(s.Submit(big).status().message().find("the limit is 16777216 bytes (16 MiB) per push"), std::string::npos);
  auto many = Push();
  for (int i = 0; i < 64; ++i) many.add_samples_json("[1]");
  EXPECT_NE(s.Submit(many).status().message().find("the limit is 64 per push"), std::string::npos);
  auto name = Push();
  name.set_filename("f\n.py");
  EXPECT_NE(s.Submit(name).status().message().find("is not a plain UTF-8 name"), std::string::npos);
}

TEST_F(SchedulerTest, HeartbeatsCannotHoldALeaseForever) {
  SchedulerOptions options;
  options.lease = 100ms;
  options.max_task_time = 300ms;
  auto& s = Make(options);
  auto id = s.Submit(Push());
  ASSERT_TRUE(id.ok());
  auto task = LeaseNow(s);
  ASSERT_TRUE(task);
  auto start = std::chrono::steady_clock::now();
  bool kept = true;
  while (kept && std::chrono::steady_clock::now() - start < 2s) {
    kept = s.Heartbeat("w1", task->task_id());
    std::this_thread::sleep_for(20ms);
    s.Tick();
  }
  EXPECT_FALSE(kept) << "heartbeats extended the lease past max_task_time";
  // The task went back to the queue, as if the worker had died: another worker gets it.
  std::this_thread::sleep_for(150ms);
  s.Tick();
  auto again = LeaseNow(s, "w2");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->task_id(), task->task_id());
  auto job = s.GetJob(*id);
  ASSERT_TRUE(job);
  bool requeued = false;
  for (const auto& e : job->events()) requeued |= e.stage() == proto::QUEUED && !e.message().empty();
  EXPECT_TRUE(requeued);
}

TEST_F(SchedulerTest, ATamperedTraceResultFailsTheJobAndIsNeverCached) {
  auto& s = Make();
  auto id = s.Submit(Push());
  ASSERT_TRUE(id.ok());
  auto task = LeaseNow(s);
  ASSERT_TRUE(task);
  ASSERT_TRUE(s.Complete(Traced(*task, "../../victim")).ok());
  auto job = s.GetJob(*id);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->stage(), proto::FAILED);
  EXPECT_NE(job->message().find("'../../victim', which is not a Python identifier"), std::string::npos) << job->message();
  EXPECT_EQ(job->entry(), "");
  ASSERT_GT(job->targets_size(), 0);
  for (const auto& t : job->targets()) {  // never started, and never left queued
    EXPECT_EQ(t.stage(), proto::FAILED) << t.target();
    EXPECT_EQ(t.message(), "not built: the job failed");
  }
  // The same push again is traced again: the refused result was not cached.
  auto second = s.Submit(Push());
  ASSERT_TRUE(second.ok());
  auto retrace = LeaseNow(s);
  ASSERT_TRUE(retrace);
  EXPECT_EQ(retrace->kind(), proto::Task::TRACE);
}

TEST_F(SchedulerTest, BundlesAreAcceptedOnlyFromTheLeaseHolderAndChecked) {
  auto& s = Make();
  auto [id, compile] = JobAwaitingItsBundle(s);
  ASSERT_NE(compile.task_id(), 0);
  proto::Bundle bundle;
  auto* f = bundle.add_files();
  f->set_name("libfib.so");
  f->set_data("ELF");
  EXPECT_EQ(s.AcceptBundle("intruder", compile.task_id(), bundle.SerializeAsString()).status().code(),
            absl::StatusCode::kFailedPrecondition);
  proto::Bundle evil = bundle;
  evil.add_files()->set_name("../../etc/cron.d/x");
  EXPECT_NE(s.AcceptBundle("w1", compile.task_id(), evil.SerializeAsString()).status().message().find("bad file name"),
            std::string::npos);
  EXPECT_EQ(s.AcceptBundle("w1", compile.task_id(), "not a bundle \xff\xff").status().code(), absl::StatusCode::kInvalidArgument);

  auto digest = s.AcceptBundle("w1", compile.task_id(), bundle.SerializeAsString());
  ASSERT_TRUE(digest.ok()) << digest.status();
  ASSERT_TRUE(s.Complete(Compiled(compile, std::string(64, '0'))).ok());  // a digest it did not upload
  auto job = s.GetJob(id);
  ASSERT_TRUE(job);
  ASSERT_EQ(job->targets_size(), 1);
  EXPECT_EQ(job->targets(0).stage(), proto::FAILED);
  EXPECT_EQ(job->targets(0).message(), "the worker reported a bundle it did not upload for this task");
}

TEST_F(SchedulerTest, FinishedJobsLeaveMemoryAndStayInTheIndex) {
  SchedulerOptions options;
  options.finished_job_retention = 0ms;
  auto& s = Make(options);
  auto id = s.Submit(Push());
  ASSERT_TRUE(id.ok());
  auto task = LeaseNow(s);
  ASSERT_TRUE(task);
  proto::CompleteRequest failed;
  failed.set_worker_id("w1");
  failed.set_task_id(task->task_id());
  failed.set_ok(false);
  failed.set_error("fib.py:1:1: error: no");
  ASSERT_TRUE(s.Complete(failed).ok());
  EXPECT_EQ(s.jobs_in_memory(), 1u);
  std::this_thread::sleep_for(5ms);
  s.Tick();
  EXPECT_EQ(s.jobs_in_memory(), 0u);
  auto job = s.GetJob(*id);  // read back from SQLite
  ASSERT_TRUE(job);
  EXPECT_EQ(job->stage(), proto::FAILED);
  EXPECT_EQ(job->message(), "fib.py:1:1: error: no");
  std::this_thread::sleep_for(5ms);
  s.Tick();
  EXPECT_EQ(s.jobs_in_memory(), 0u);
}

TEST_F(SchedulerTest, ARestartQueuesLeasedTasksAgainAndJobsContinue) {
  std::string id;
  int64_t task_id = 0;
  {
    auto& s = Make();
    auto submitted = s.Submit(Push());
    ASSERT_TRUE(submitted.ok());
    id = *submitted;
    auto task = LeaseNow(s);
    ASSERT_TRUE(task);
    task_id = task->task_id();
  }
  scheduler_.reset();  // the server stops with the trace leased
  auto& s = Make();
  ASSERT_TRUE(s.Recover().ok());
  auto again = LeaseNow(s, "w1");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->task_id(), task_id);
  EXPECT_EQ(again->kind(), proto::Task::TRACE);
  ASSERT_TRUE(s.Complete(Traced(*again)).ok());
  auto job = s.GetJob(id);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->stage(), proto::COMPILING);
  EXPECT_EQ(job->entry(), "fib");
}

TEST_F(SchedulerTest, AnIdenticalPushIsAnsweredFromTheCacheWithoutTasks) {
  auto& s = Make();
  auto [first, digest] = JobBuilt(s);
  ASSERT_FALSE(digest.empty());
  ASSERT_EQ(s.GetJob(first)->stage(), proto::DONE);

  const int64_t leased = s.tasks_leased();
  auto second = s.Submit(Push());
  ASSERT_TRUE(second.ok());
  auto job = s.GetJob(*second);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->stage(), proto::DONE);
  EXPECT_TRUE(job->ok());
  ASSERT_EQ(job->targets_size(), 1);
  EXPECT_TRUE(job->targets(0).cached());
  EXPECT_EQ(job->targets(0).artifact_digest(), digest);
  EXPECT_EQ(s.tasks_leased(), leased);
}

// The embedded server of `fxn push` does not recover, and its worker starts only when a task
// is queued: a new scheduler over the same index must know the toolchain digests workers
// advertised before, or a repeated push is compiled again.
TEST_F(SchedulerTest, ANewSchedulerAnswersFromTheCacheBeforeAnyWorkerLeases) {
  const std::string digest = JobBuilt(Make()).second;
  ASSERT_FALSE(digest.empty());
  int queued = 0;
  SchedulerOptions options;
  options.on_task_queued = [&queued] { ++queued; };
  auto& fresh = Make(options);  // no Recover(), no Lease yet
  auto second = fresh.Submit(Push());
  ASSERT_TRUE(second.ok());
  auto job = fresh.GetJob(*second);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->stage(), proto::DONE);
  ASSERT_EQ(job->targets_size(), 1);
  EXPECT_TRUE(job->targets(0).cached());
  EXPECT_EQ(job->targets(0).artifact_digest(), digest);
  EXPECT_EQ(queued, 0);  // nothing for a worker: the embedded one is never started

  auto other = fresh.Submit(Push("def fib(n):\n    return n + 1\n"));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(queued, 1);  // its trace
  fresh.FailUnfinishedJobs("the worker could not start");
  EXPECT_EQ(fresh.GetJob(*other)->stage(), proto::FAILED);
  EXPECT_EQ(fresh.GetJob(*other)->message(), "the worker could not start");
  EXPECT_FALSE(LeaseNow(fresh));  // its task went with it
}

// After an upgrade of fxn (or clang) the embedded server knows its own toolchain digests: an
// artifact built under the digest the index remembers is not the answer, it is compiled again.
TEST_F(SchedulerTest, KnownToolchainsOverrideTheDigestsTheIndexRemembers) {
  ASSERT_FALSE(JobBuilt(Make()).second.empty());  // built under "tc"
  int queued = 0;
  SchedulerOptions options;
  options.on_task_queued = [&queued] { ++queued; };
  options.known_toolchains = {{"linux-x86_64", "tc-after-the-upgrade"}};
  auto& upgraded = Make(options);
  auto again = upgraded.Submit(Push());
  ASSERT_TRUE(again.ok());
  auto job = upgraded.GetJob(*again);
  ASSERT_TRUE(job);
  EXPECT_NE(job->stage(), proto::DONE);
  ASSERT_EQ(job->targets_size(), 1);
  EXPECT_FALSE(job->targets(0).cached());
  EXPECT_EQ(queued, 1);  // its compile (the trace is the front end's, still cached)
  auto task = LeaseNow(upgraded, "w1", true, "linux-x86_64");
  ASSERT_TRUE(task);
  EXPECT_EQ(task->kind(), proto::Task::COMPILE);
}

// Another process holds the database's write lock: the scheduler's writes fail, and a job whose
// events could not be recorded fails loudly instead of carrying on unrecorded.
TEST_F(SchedulerTest, AJobWhoseEventsCannotBeRecordedFails) {
  index_.reset();
  auto index = Index::Open((dir_ / "index.sqlite").string(), 50ms);
  ASSERT_TRUE(index.ok());
  index_ = std::move(*index);
  auto& s = Make();
  auto id = s.Submit(Push());
  ASSERT_TRUE(id.ok()) << id.status();
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ / "index.sqlite").c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE; INSERT INTO toolchains VALUES ('x', 'y');", nullptr, nullptr, nullptr), SQLITE_OK);
  auto task = LeaseNow(s);  // its TRACING event cannot be written
  ASSERT_TRUE(task);
  s.Tick();
  auto job = s.GetJob(*id);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->stage(), proto::FAILED);
  EXPECT_NE(job->message().find("the server could not record an event in its index (sqlite: database is locked)"),
            std::string::npos)
      << job->message();
  sqlite3_exec(other, "ROLLBACK;", nullptr, nullptr, nullptr);
  sqlite3_close(other);
}

// ---- tenants, provenance, quotas, fair share ----

// Completes a job of `tenant` through trace and compile as worker token "wtok"; returns the job
// id and the artifact digest.
std::pair<std::string, std::string> BuildFor(Scheduler& s, const std::string& tenant, const std::string& source) {
  proto::PushRequest push;
  push.set_source(source);
  push.set_filename("fib.py");
  push.add_samples_json("[10]");
  auto id = s.Submit(push, tenant);
  EXPECT_TRUE(id.ok()) << id.status();
  auto lease = [&](bool trace) {
    proto::LeaseRequest r;
    r.set_worker_id("w1");
    r.set_can_trace(trace);
    if (!trace) {
      auto* t = r.add_targets();
      t->set_name("linux-x86_64");
      t->set_toolchain_digest("tc");
    }
    auto got = std::make_shared<std::optional<proto::Task>>();
    s.Lease(r, [got](std::optional<proto::Task> t) { *got = std::move(t); }, "wtok");
    return *got;
  };
  auto job = s.GetJob(*id, tenant);
  if (job && job->stage() == proto::DONE) return {*id, job->targets(0).artifact_digest()};
  auto trace = lease(true);
  if (trace) {
    proto::CompleteRequest done;
    done.set_worker_id("w1");
    done.set_task_id(trace->task_id());
    done.set_ok(true);
    auto* result = done.mutable_trace_result();
    result->set_entry("fib");
    *result->mutable_module() = ir::ToProto(ir::testing::Fib());
    auto* sample = result->add_samples();
    sample->mutable_args()->mutable_tuple_value()->add_items()->set_int_value(10);
    sample->mutable_expected()->mutable_value()->set_int_value(55);
    EXPECT_TRUE(s.Complete(done).ok());
  }
  job = s.GetJob(*id, tenant);
  if (job && job->stage() == proto::DONE) return {*id, job->targets(0).artifact_digest()};
  auto compile = lease(false);
  EXPECT_TRUE(compile);
  if (!compile) return {*id, ""};
  proto::Bundle bundle;
  bundle.add_files()->set_name("libfib.so");
  bundle.mutable_files(0)->set_data(source);
  auto digest = s.AcceptBundle("w1", compile->task_id(), bundle.SerializeAsString());
  EXPECT_TRUE(digest.ok());
  proto::CompleteRequest done;
  done.set_worker_id("w1");
  done.set_task_id(compile->task_id());
  done.set_ok(true);
  done.set_bundle_digest(*digest);
  done.set_verdict(proto::VERIFIED);
  EXPECT_TRUE(s.Complete(done).ok());
  return {*id, *digest};
}

TEST_F(SchedulerTest, AnotherTenantsJobAndArtifactAreNotFoundLikeUnknownOnes) {
  auto& s = Make();
  auto [id, digest] = BuildFor(s, "acme", "def fib(n):\n    return n\n");
  ASSERT_TRUE(s.GetJob(id, "acme"));
  EXPECT_FALSE(s.GetJob(id, "beta"));
  EXPECT_FALSE(s.Subscribe(id, "beta", [](const proto::Event&) {}));
  EXPECT_TRUE(s.ReadBlob(digest, "acme").ok());
  auto theirs = s.ReadBlob(digest, "beta");
  auto unknown = s.ReadBlob(std::string(64, 'a'), "beta");
  EXPECT_EQ(theirs.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(theirs.status().message().substr(0, 12), unknown.status().message().substr(0, 12));
  auto job = s.GetJob(id, "acme");
  EXPECT_EQ(job->targets(0).built_by(), "wtok");  // provenance
}

TEST_F(SchedulerTest, TheCacheIsPerTenantUnlessShared) {
  {
    auto& s = Make();
    BuildFor(s, "acme", "def fib(n):\n    return n\n");
    auto beta = s.Submit(Push(), "beta");
    ASSERT_TRUE(beta.ok());
    EXPECT_EQ(s.GetJob(*beta, "beta")->stage(), proto::QUEUED);  // traced again for beta
  }
  SchedulerOptions shared;
  shared.shared_cache = true;
  auto& s = Make(shared);
  ASSERT_TRUE(s.Recover().ok());
  BuildFor(s, "acme", "def g(n):\n    return n\n");
  auto beta = s.Submit(Push("def g(n):\n    return n\n"), "beta");
  ASSERT_TRUE(beta.ok());
  auto job = s.GetJob(*beta, "beta");
  EXPECT_EQ(job->stage(), proto::DONE);
  EXPECT_TRUE(job->targets(0).cached());
  EXPECT_EQ(job->targets(0).built_by(), "wtok");
}

TEST_F(SchedulerTest, OneTenantFloodingTheQueueDoesNotStarveAnother) {
  auto& s = Make();
  std::set<std::string> flood, other;
  for (int i = 0; i < 8; ++i) {
    auto id = s.Submit(Push("def fib(n):\n    return n + " + std::to_string(i) + "\n"), "flood");
    ASSERT_TRUE(id.ok()) << id.status();
    flood.insert(*id);
  }
  for (int i = 0; i < 2; ++i) {
    auto id = s.Submit(Push("def fib(n):\n    return n - " + std::to_string(i) + "\n"), "other");
    ASSERT_TRUE(id.ok());
    other.insert(*id);
  }
  // Four workers lease in turn: the tenants alternate although "flood" queued first.
  std::vector<std::string> order;
  for (int i = 0; i < 4; ++i) {
    auto task = LeaseNow(s, "w" + std::to_string(i));
    ASSERT_TRUE(task);
    order.push_back(flood.count(task->job_id()) ? "flood" : "other");
  }
  EXPECT_EQ(order, (std::vector<std::string>{"flood", "other", "flood", "other"}));
  // "other" has nothing left: the rest go to "flood".
  auto next = LeaseNow(s, "w9");
  ASSERT_TRUE(next);
  EXPECT_TRUE(flood.count(next->job_id()));
}

TEST_F(SchedulerTest, QuotasRefuseWithRetryAfterAndKeepWhatIsQueued) {
  SchedulerOptions options;
  options.quotas.defaults.concurrent_jobs = 2;
  options.quotas.defaults.jobs_per_minute = 3;
  options.quotas.tenants["big"].concurrent_jobs = 0;
  options.quotas.tenants["big"].jobs_per_minute = 0;
  options.quotas.tenants["big"].source_bytes = 30;
  auto& s = Make(options);
  auto a = s.Submit(Push(), "acme");
  auto b = s.Submit(Push("def fib(n):\n    return 1\n"), "acme");
  ASSERT_TRUE(a.ok() && b.ok());
  auto over = s.Submit(Push("def fib(n):\n    return 2\n"), "acme");
  EXPECT_EQ(over.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(RetryAfterSeconds(over.status()), 2);
  EXPECT_TRUE(s.Submit(Push(), "beta").ok());  // another tenant's own quota
  EXPECT_EQ(s.Submit(Push(std::string(40, '#')), "big").status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(s.metrics().Value("fxn_quota_refusals_total", {{"tenant", "acme"}, {"quota", "concurrent_jobs"}}), 1);
  // The queued jobs are untouched and still run.
  auto task = LeaseNow(s);
  ASSERT_TRUE(task);
  EXPECT_EQ(s.GetJob(*a, "acme")->stage(), proto::TRACING);
  EXPECT_EQ(s.GetJob(*b, "acme")->stage(), proto::QUEUED);
}

TEST_F(SchedulerTest, MetricsCountJobsCacheAndQueues) {
  auto& s = Make();
  BuildFor(s, "acme", "def fib(n):\n    return n\n");
  auto again = s.Submit(Push(), "acme");
  ASSERT_TRUE(again.ok());
  std::string text = s.RenderMetrics();
  EXPECT_NE(text.find("fxn_jobs_finished_total{tenant=\"acme\",state=\"done\"} 2"), std::string::npos) << text;
  EXPECT_NE(text.find("fxn_cache_requests_total{cache=\"artifact\",result=\"hit\"} 1"), std::string::npos) << text;
  EXPECT_NE(text.find("fxn_stage_seconds_count{stage=\"compile\"} 1"), std::string::npos) << text;
  EXPECT_NE(text.find("fxn_queue_depth{kind=\"trace\",target=\"\"} 0"), std::string::npos) << text;
  EXPECT_NE(text.find("# TYPE fxn_stage_seconds histogram"), std::string::npos);
}

}  // namespace
}  // namespace fxn::server

namespace fxn::server {
namespace {

// ---- the dashboard's views ----

TEST_F(SchedulerTest, ListJobsShowsOnlyTheTenantsJobsNewestFirst) {
  auto& s = Make();
  auto [acme1, _a] = BuildFor(s, "acme", "def fib(n):\n    return n\n");
  auto [beta1, _b] = BuildFor(s, "beta", "def fib(n):\n    return n + 1\n");
  auto acme2 = s.Submit(Push("def fib(n):\n    return n + 2\n"), "acme");
  ASSERT_TRUE(acme2.ok());
  auto list = s.ListJobs("acme", 50);
  ASSERT_EQ(list.jobs_size(), 2);
  std::set<std::string> ids = {list.jobs(0).job_id(), list.jobs(1).job_id()};
  EXPECT_EQ(ids, (std::set<std::string>{acme1, *acme2}));
  for (const auto& j : list.jobs()) EXPECT_NE(j.job_id(), beta1);
  const auto& done = list.jobs(0).job_id() == acme1 ? list.jobs(0) : list.jobs(1);
  EXPECT_EQ(done.stage(), proto::DONE);
  EXPECT_EQ(done.entry(), "fib");
  EXPECT_EQ(done.filename(), "fib.py");
  ASSERT_EQ(done.targets_size(), 1);
  EXPECT_EQ(done.targets(0).stage(), proto::VERIFIED);
  EXPECT_EQ(s.ListJobs("acme", 1).jobs_size(), 1);
  EXPECT_EQ(s.ListJobs("nobody", 50).jobs_size(), 0);

  // Not traced yet: the entry the push named, read off the stored request.
  auto named = Push("def g(n):\n    return n\n");
  named.set_entry("g");
  named.set_filename("g.py");
  auto queued = s.Submit(named, "gamma");
  ASSERT_TRUE(queued.ok());
  Make();  // a new scheduler: the job comes from the index alone
  auto from_index = scheduler_->ListJobs("gamma", 50);
  ASSERT_EQ(from_index.jobs_size(), 1);
  EXPECT_EQ(from_index.jobs(0).entry(), "g");
  EXPECT_EQ(from_index.jobs(0).filename(), "g.py");
  EXPECT_EQ(from_index.jobs(0).stage(), proto::QUEUED);
}

TEST_F(SchedulerTest, IrAndSourceAreTheTenantsOnly) {
  auto& s = Make();
  auto [id, compile] = JobAwaitingItsBundle(s);
  proto::Bundle bundle;
  bundle.add_files()->set_name("libfib.so");
  auto* source = bundle.add_files();
  source->set_name("fib.cc");
  source->set_data("// generated: <script>alert(1)</script>\n");
  auto* manifest = bundle.add_files();
  manifest->set_name("manifest.json");
  manifest->set_data(R"({"source": "fib.cc"})");
  auto digest = s.AcceptBundle("w1", compile.task_id(), bundle.SerializeAsString());
  ASSERT_TRUE(digest.ok()) << digest.status();
  ASSERT_TRUE(s.Complete(Compiled(compile, *digest)).ok());

  auto ir = s.JobIr(id, kDefaultTenant);
  ASSERT_TRUE(ir.ok()) << ir.status();
  EXPECT_NE(ir->ir().find("fib"), std::string::npos) << ir->ir();
  auto src = s.JobSource(id, kDefaultTenant, "linux-x86_64");
  ASSERT_TRUE(src.ok()) << src.status();
  EXPECT_EQ(src->file(), "fib.cc");
  EXPECT_EQ(src->source(), "// generated: <script>alert(1)</script>\n");
  auto first = s.JobSource(id, kDefaultTenant, "");  // no target named: the first with a bundle
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->target(), "linux-x86_64");

  // Another tenant's job is unknown, in the same words as an id that never existed.
  auto theirs = s.JobIr(id, "beta");
  auto unknown = s.JobIr(std::string(32, 'a'), "beta");
  EXPECT_EQ(theirs.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(theirs.status().message().substr(0, 8), unknown.status().message().substr(0, 8));
  EXPECT_EQ(s.JobSource(id, "beta", "linux-x86_64").status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(s.JobSource(id, kDefaultTenant, "linux-arm64").status().code(), absl::StatusCode::kNotFound);
}

TEST_F(SchedulerTest, AJobNotTracedYetHasNoIr) {
  auto& s = Make();
  auto id = s.Submit(Push());
  ASSERT_TRUE(id.ok());
  auto ir = s.JobIr(*id, kDefaultTenant);
  EXPECT_EQ(ir.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(ir.status().message().find("not traced yet"), std::string::npos) << ir.status();
}

TEST_F(SchedulerTest, WorkersAndStatsShowQueuesAndCaches) {
  auto& s = Make();
  auto id = s.Submit(Push());
  ASSERT_TRUE(id.ok());
  auto stats = s.Stats();
  EXPECT_EQ(stats.queued_tasks(), 1);
  EXPECT_EQ(stats.active_jobs(), 1);
  ASSERT_EQ(stats.queue_size(), 1);
  EXPECT_EQ(stats.queue(0).kind(), "trace");
  auto trace = LeaseNow(s, "w1", true, "linux-x86_64");
  ASSERT_TRUE(trace);
  auto workers = s.Workers();
  ASSERT_EQ(workers.workers_size(), 1);
  EXPECT_EQ(workers.workers(0).worker_id(), "w1");
  EXPECT_TRUE(workers.workers(0).can_trace());
  EXPECT_EQ(workers.workers(0).leased_tasks(), 1);
  ASSERT_EQ(workers.workers(0).targets_size(), 1);
  EXPECT_EQ(workers.workers(0).targets(0), "linux-x86_64");
  EXPECT_EQ(s.Stats().queued_tasks(), 0);

  BuildFor(s, "acme", "def fib(n):\n    return n\n");
  BuildFor(s, "acme", "def fib(n):\n    return n\n");  // answered from the cache
  const proto::ServerStats after = s.Stats();  // named: the loop must not outlive it
  ASSERT_EQ(after.caches_size(), 2);
  for (const auto& c : after.caches()) {
    if (c.cache() != "trace") continue;
    EXPECT_EQ(c.hits(), 1);
    EXPECT_GE(c.misses(), 1);
    EXPECT_GT(c.hit_rate(), 0.0);
    EXPECT_LT(c.hit_rate(), 1.0);
  }
}

}  // namespace
}  // namespace fxn::server
