#include "support/subprocess.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

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

// Whether pid is gone (or only a zombie waiting for init to reap it).
bool Gone(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string pid_field, comm, state;
  return !(stat >> pid_field >> comm >> state) || state == "Z";
}

TEST(Subprocess, DiesWithItsParent) {
  const std::string pid_file = ::testing::TempDir() + "/fxn-subprocess-child.pid";
  std::filesystem::remove(pid_file);
  pid_t waiter = fork();
  ASSERT_GE(waiter, 0);
  if (waiter == 0) {  // stands for a `fxn push` killed while its artifact runs
    (void)RunSubprocess({"sh", "-c", "echo $$ > " + pid_file + "; exec sleep 30"});
    _exit(0);
  }
  pid_t child = 0;
  for (int i = 0; i < 500 && child == 0; ++i) {
    std::ifstream in(pid_file);
    if (!(in >> child)) child = 0;
    if (child == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_GT(child, 0) << "the subprocess never started";
  kill(waiter, SIGKILL);
  waitpid(waiter, nullptr, 0);
  bool gone = false;
  for (int i = 0; i < 200 && !gone; ++i) {
    gone = Gone(child);
    if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(gone) << "pid " << child << " outlived the process that ran it";
  if (!gone) kill(child, SIGKILL);
}

TEST(Subprocess, LargeStdinDoesNotDeadlock) {
  std::string big(4 << 20, 'x');
  auto r = RunSubprocess({"cat"}, big);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->stdout_data.size(), big.size());
}

}  // namespace
}  // namespace fxn
