#include "support/subprocess.h"

#include <gtest/gtest.h>

namespace fxn {
namespace {

TEST(Subprocess, CollectsOutputAndExitCode) {
  auto r = RunSubprocess({"sh", "-c", "cat; echo err >&2; exit 3"}, "hello");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->stdout_data, "hello");
  EXPECT_EQ(r->stderr_data, "err\n");
  EXPECT_EQ(r->exit_code, 3);
  EXPECT_FALSE(r->ok());
}

TEST(Subprocess, TimesOutAndKills) {
  SubprocessLimits limits;
  limits.wall_timeout = std::chrono::milliseconds(200);
  auto r = RunSubprocess({"sleep", "10"}, "", limits);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->timed_out);
  EXPECT_EQ(r->Describe(), "timed out");
}

TEST(Subprocess, ReportsSignals) {
  auto r = RunSubprocess({"sh", "-c", "kill -SEGV $$"});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->signaled);
  EXPECT_EQ(r->signal, 11);
}

TEST(Subprocess, MissingProgramIsAnError) {
  auto r = RunSubprocess({"/nonexistent/fxn-tool"});
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("cannot run"), std::string::npos);
}

TEST(Subprocess, LargeStdinDoesNotDeadlock) {
  std::string big(4 << 20, 'x');
  auto r = RunSubprocess({"cat"}, big);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->stdout_data.size(), big.size());
}

}  // namespace
}  // namespace fxn
