#include "server/index.h"

#include <gtest/gtest.h>
#include <unistd.h>

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

}  // namespace
}  // namespace fxn::server
