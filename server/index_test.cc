#include "server/index.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

namespace fxn::server {
namespace {

TEST(Index, PersistsJobsTasksAndCaches) {
  auto path = std::filesystem::temp_directory_path() / ("fxn-index-" + std::to_string(getpid()) + ".sqlite");
  std::filesystem::remove(path);
  {
    auto index = Index::Open(path.string());
    ASSERT_TRUE(index.ok()) << index.status();
    ASSERT_TRUE((*index)->InsertJob({"j1", "req", "tkey", 1}).ok());
    ASSERT_TRUE((*index)->SetJobTarget("j1", {"linux-x86_64", 4, "", "", false}).ok());
    ASSERT_TRUE((*index)->AppendEvent("j1", "e1").ok());
    ASSERT_TRUE((*index)->AppendEvent("j1", "e2").ok());
    auto task = (*index)->InsertTask("j1", 1, "");
    ASSERT_TRUE(task.ok());
    ASSERT_TRUE((*index)->SetTaskState(*task, "leased", 1).ok());
    ASSERT_TRUE((*index)->PutTrace("tkey", "d1").ok());
    ASSERT_TRUE((*index)->PutArtifact("akey", {"d2", 7, "ok"}).ok());
    ASSERT_TRUE((*index)->SetToolchain("linux-x86_64", "t1").ok());
  }
  auto index = Index::Open(path.string());  // as after a restart
  ASSERT_TRUE(index.ok());
  auto job = (*index)->GetJob("j1");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->request, "req");
  EXPECT_EQ((*index)->UnfinishedJobs().size(), 1u);
  EXPECT_EQ((*index)->Events("j1"), (std::vector<std::string>{"e1", "e2"}));
  auto tasks = (*index)->OpenTasks();
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].state, "leased");
  EXPECT_EQ(*(*index)->GetTrace("tkey"), "d1");
  EXPECT_EQ((*index)->GetArtifact("akey")->digest, "d2");
  EXPECT_EQ((*index)->Toolchains().at("linux-x86_64"), "t1");
  ASSERT_TRUE((*index)->UpdateJob("j1", 9, "f", "", true).ok());
  EXPECT_TRUE((*index)->UnfinishedJobs().empty());
  std::filesystem::remove(path);
}

// A data directory made before tenants and provenance: opened, it gains the columns with their
// defaults and keeps its rows.
TEST(Index, MigratesADataDirectoryFromBeforeTenants) {
  auto path = std::filesystem::temp_directory_path() / ("fxn-index-old-" + std::to_string(getpid()) + ".sqlite");
  std::filesystem::remove(path);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TABLE jobs (id TEXT PRIMARY KEY, request BLOB NOT NULL, trace_key TEXT NOT NULL, stage INTEGER NOT NULL,"
                         " entry TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', ok INTEGER NOT NULL DEFAULT 0,"
                         " created_ms INTEGER NOT NULL);"
                         "CREATE TABLE artifacts (key TEXT PRIMARY KEY, digest TEXT NOT NULL, verdict INTEGER NOT NULL, message TEXT NOT NULL);"
                         "INSERT INTO jobs VALUES ('old', 'r', 'k', 9, 'f', '', 1, 1);"
                         "INSERT INTO artifacts VALUES ('a', 'd', 7, '');",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto index = Index::Open(path.string());
  ASSERT_TRUE(index.ok()) << index.status();
  EXPECT_EQ((*index)->GetJob("old")->tenant, "default");
  EXPECT_EQ((*index)->GetArtifact("a")->built_by, "");
  index->reset();
  ASSERT_TRUE(Index::Open(path.string()).ok());  // and again: nothing left to add
  std::filesystem::remove(path);
}

TEST(Index, PurgingAWorkerDropsWhatItBuiltAndNamesTheBlobsLeftUnused) {
  auto path = std::filesystem::temp_directory_path() / ("fxn-index-purge-" + std::to_string(getpid()) + ".sqlite");
  std::filesystem::remove(path);
  auto index = Index::Open(path.string());
  ASSERT_TRUE(index.ok());
  auto& ix = **index;
  ASSERT_TRUE(ix.InsertJob({"j1", "r", "k", 9, "", "", true, 0, "acme"}).ok());
  ASSERT_TRUE(ix.SetJobTarget("j1", {"linux-x86_64", 7, "bad", "", false, "evil"}).ok());
  ASSERT_TRUE(ix.PutArtifact("a1", {"bad", 7, "", "evil"}).ok());
  ASSERT_TRUE(ix.PutArtifact("a2", {"shared", 7, "", "evil"}).ok());
  ASSERT_TRUE(ix.PutArtifact("a3", {"shared", 7, "", "good"}).ok());  // the same bytes from another worker
  ASSERT_TRUE(ix.PutTrace("t1", "trace", "evil").ok());
  EXPECT_TRUE(ix.TenantHasArtifact("acme", "bad"));
  EXPECT_FALSE(ix.TenantHasArtifact("beta", "bad"));
  auto purged = ix.PurgeWorker("evil");
  ASSERT_TRUE(purged.ok()) << purged.status();
  EXPECT_EQ(purged->artifacts, 2);
  EXPECT_EQ(purged->traces, 1);
  std::sort(purged->unreferenced_blobs.begin(), purged->unreferenced_blobs.end());
  EXPECT_EQ(purged->unreferenced_blobs, (std::vector<std::string>{"bad", "trace"}));
  EXPECT_FALSE(ix.GetArtifact("a1"));
  EXPECT_TRUE(ix.GetArtifact("a3"));
  EXPECT_FALSE(ix.GetTrace("t1"));
  EXPECT_FALSE(ix.TenantHasArtifact("acme", "bad"));  // the old job no longer names the download
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace fxn::server
