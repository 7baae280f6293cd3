#include "toolchains/toolchain.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fxn::toolchains {
namespace {

class ToolchainTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("fxn-toolchain-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

// A hand-written artifact: the generic entry doubles its int argument, and raises for 0.
constexpr const char* kSource = R"(
#include "fxn_runtime.hpp"
extern "C" FXN_EXPORT fxn_status fxn_call(const fxn_value* args, fxn_value** result, fxn_error* error) {
  fxn::Ctx cx;
  int64_t x = 0;
  if (!fxn::ArgFrom(cx, args, 0, "x", "int", x) || (x == 0 && !cx.Raise("ZeroDivisionError", "zero"))) {
    fxn::CopyError(cx, error);
    return FXN_ERROR;
  }
  *result = fxn_int(2 * x);
  return FXN_OK;
}
)";

TEST_F(ToolchainTest, HostTargetIsDescribedAndAvailable) {
  const Target* t = FindTarget(HostTargetName());
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(CheckAvailable(*t), "");
  EXPECT_EQ(FindTarget("no-such-target"), nullptr);
}

TEST_F(ToolchainTest, BuildsAndRunsALibrary) {
  auto tc = Toolchain::Open(*FindTarget(HostTargetName()), dir_.string());
  ASSERT_TRUE(tc.ok()) << tc.status();
  EXPECT_EQ(tc->digest().size(), 64u);
  EXPECT_NE(tc->version().find("clang version 19"), std::string::npos) << tc->version();
  auto lib = tc->BuildLibrary(kSource, "twice", (dir_ / "out").string());
  ASSERT_TRUE(lib.ok()) << lib.status();
  EXPECT_TRUE(std::filesystem::exists(*lib));
  auto lines = tc->Run(*lib, {"[21]", "[0]", "[1.5]", "[1, 2"});
  ASSERT_TRUE(lines.ok()) << lines.status();
  ASSERT_EQ(lines->size(), 4u);
  EXPECT_EQ((*lines)[0], "{\"ok\": 42}");
  EXPECT_EQ((*lines)[1], "{\"error\": {\"type\": \"ZeroDivisionError\", \"message\": \"zero\"}}");
  EXPECT_EQ((*lines)[2],
            "{\"error\": {\"type\": \"TypeError\", \"message\": \"argument 'x' must be int (the type it was compiled for)\"}}");
  EXPECT_EQ((*lines)[3].rfind("{\"error\": {\"type\": \"ValueError\"", 0), 0u) << (*lines)[3];
}

std::string Bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST_F(ToolchainTest, TheSameSourceComesFromTheLibraryCache) {
  auto tc = Toolchain::Open(*FindTarget(HostTargetName()), dir_.string());
  ASSERT_TRUE(tc.ok()) << tc.status();
  auto first = tc->BuildLibrary(kSource, "twice", (dir_ / "a").string());
  ASSERT_TRUE(first.ok()) << first.status();
  std::vector<std::filesystem::path> cached;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir_ / "libraries"))
    if (e.is_regular_file()) cached.push_back(e.path());
  ASSERT_EQ(cached.size(), 1u);
  EXPECT_EQ(Bytes(cached[0]), Bytes(*first));
  {  // mark the cached copy: a second build that hands it back did not compile
    std::ofstream mark(cached[0], std::ios::binary | std::ios::app);
    mark << "cached";
  }
  auto second = tc->BuildLibrary(kSource, "twice", (dir_ / "b").string());
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(Bytes(*second), Bytes(*first) + "cached");
  // Another source or another name is compiled.
  auto other = tc->BuildLibrary(std::string(kSource) + "\n// changed\n", "twice", (dir_ / "c").string());
  ASSERT_TRUE(other.ok()) << other.status();
  EXPECT_FALSE(Bytes(*other).ends_with("cached"));
  auto renamed = tc->BuildLibrary(kSource, "thrice", (dir_ / "d").string());
  ASSERT_TRUE(renamed.ok()) << renamed.status();
  EXPECT_FALSE(Bytes(*renamed).ends_with("cached"));
}

TEST_F(ToolchainTest, OpeningBuildsNothingUntilACompileNeedsIt) {
  auto tc = Toolchain::Open(*FindTarget(HostTargetName()), dir_.string());
  ASSERT_TRUE(tc.ok()) << tc.status();
  const auto support = std::filesystem::path(tc->include_dir()).parent_path();
  EXPECT_FALSE(std::filesystem::exists(support / "ready"));  // a worker opens every target: cheap
  ASSERT_TRUE(tc->Prepare().ok());
  EXPECT_TRUE(std::filesystem::exists(support / "ready"));
  EXPECT_TRUE(std::filesystem::exists(support / "fxn_prelude.pch"));
  auto again = Toolchain::Open(*FindTarget(HostTargetName()), dir_.string());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->digest(), tc->digest());
  EXPECT_EQ(again->include_dir(), tc->include_dir());
}

TEST_F(ToolchainTest, CompilerErrorsComeBackAsDiagnostics) {
  auto tc = Toolchain::Open(*FindTarget(HostTargetName()), dir_.string());
  ASSERT_TRUE(tc.ok()) << tc.status();
  auto lib = tc->BuildLibrary("int broken( {", "broken", (dir_ / "out").string());
  ASSERT_FALSE(lib.ok());
  EXPECT_EQ(lib.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(lib.status().message().find("broken.cc:1:"), std::string::npos) << lib.status();
}

TEST_F(ToolchainTest, ACrashingArtifactIsReportedNotInherited) {
  auto tc = Toolchain::Open(*FindTarget(HostTargetName()), dir_.string());
  ASSERT_TRUE(tc.ok()) << tc.status();
  auto lib = tc->BuildLibrary(
      "#include \"fxn.h\"\n#include <stdlib.h>\nextern \"C\" FXN_EXPORT fxn_status fxn_call(const fxn_value*, fxn_value**, "
      "fxn_error*) { abort(); }\n",
      "crash", (dir_ / "out").string());
  ASSERT_TRUE(lib.ok()) << lib.status();
  auto lines = tc->Run(*lib, {"[1]"});
  ASSERT_FALSE(lines.ok());
  EXPECT_NE(lines.status().message().find("signal 6"), std::string::npos) << lines.status();
}

}  // namespace
}  // namespace fxn::toolchains
