// fxn-opindex on the headers of indexer/testdata: the calling convention it derives from each
// kernel's C++ signature, the order of the rows, and the annotations it rejects.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct IndexRun {
  int status = -1;     // exit status
  std::string output;  // stdout and stderr
};

// Runs fxn-opindex on test headers; `options` go before the headers.
IndexRun Index(const std::vector<std::string>& headers, const std::string& options = "") {
  std::string cmd = FXN_OPINDEX_BIN + options;
  for (const auto& h : headers) cmd += " " + std::string(FXN_OPINDEX_TESTDATA) + "/" + h;
  cmd += " -- -I" FXN_KERNELS_DIR " 2>&1";
  IndexRun run;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return run;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) run.output.append(buf, n);
  const int raw = pclose(p);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

std::vector<std::string> Rows(const std::string& text) {
  std::vector<std::string> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("FXN_OPERATOR(", 0) == 0) rows.push_back(line);
  return rows;
}

// "file.hpp:LINE" of the first line of a test header containing `needle`.
std::string WhereIs(const std::string& file, const std::string& needle) {
  std::ifstream in(std::string(FXN_OPINDEX_TESTDATA) + "/" + file);
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.find(needle) != std::string::npos) return file + ":" + std::to_string(line_no);
  }
  return file + ":?";
}

TEST(OpIndex, DerivesConventionsInSourceOrder) {
  const IndexRun run = Index({"conventions.hpp"});
  ASSERT_EQ(run.status, 0) << run.output;
  const std::vector<std::string> expected = {
      R"(FXN_OPERATOR("test.add", "(int, int) -> int", pure, "*", "t_add"))",
      R"(FXN_OPERATOR("test.is_zero", "(int) -> bool", pure, "*", "t_is_zero"))",
      R"(FXN_OPERATOR("test.div", "(int, int) -> int", fallible, "*", "t_div"))",
      R"(FXN_OPERATOR("test.append", "(list[T], T) -> None", pure_void, "*", "t_append"))",
      R"(FXN_OPERATOR("test.check", "(int) -> None", fallible_void, "linux-x86_64,wasm32-wasi", "t_check"))",
      R"(FXN_OPERATOR("test.second", "(int) -> int", pure, "*", "t_same"))",
      R"(FXN_OPERATOR("test.first", "(int) -> int", pure, "*", "t_same"))",
      R"(FXN_OPERATOR("test.max", "(T, T, T...) -> T", fallible, "*", "t_max"))",
      R"(FXN_OPERATOR("test.build", "(T, T...) -> list[T]", pure, "*", "t_build"))",
      R"(FXN_OPERATOR("test.nested", "() -> int", pure, "*", "detail::t_nested"))",
  };
  EXPECT_EQ(Rows(run.output), expected) << run.output;
}

TEST(OpIndex, ElementwiseKernelsAndTheirDtypes) {
  const IndexRun run = Index({"elementwise.hpp"});
  ASSERT_EQ(run.status, 0) << run.output;
  std::vector<std::string> rows;
  std::istringstream in(run.output);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("FXN_OPERATOR", 0) == 0) rows.push_back(line);
  const std::vector<std::string> expected = {
      R"(FXN_OPERATOR("numpy.add", "(A, B) -> R", elementwise, "*", "e_add"))",
      R"(FXN_OPERATOR_DTYPES("numpy.sqrt", "(A) -> R", elementwise, "*", "e_sqrt", "float32,float64"))",
      R"(FXN_OPERATOR("numpy.power", "(A, B) -> R", elementwise_fallible, "linux-x86_64", "e_power"))",
  };
  EXPECT_EQ(rows, expected) << run.output;
}

TEST(OpIndex, FilesInCommandLineOrder) {
  const IndexRun ab = Index({"conventions.hpp", "second.hpp"});
  ASSERT_EQ(ab.status, 0) << ab.output;
  const auto rows = Rows(ab.output);
  ASSERT_EQ(rows.size(), 11u) << ab.output;
  EXPECT_EQ(rows.back(), R"(FXN_OPERATOR("test.add", "(T, T) -> T", pure, "*", "t_add_any"))");

  const IndexRun ba = Index({"second.hpp", "conventions.hpp"});
  ASSERT_EQ(ba.status, 0) << ba.output;
  const auto reversed = Rows(ba.output);
  ASSERT_EQ(reversed.size(), 11u) << ba.output;
  EXPECT_EQ(reversed.front(), rows.back());
  EXPECT_EQ(std::vector<std::string>(reversed.begin() + 1, reversed.end()),
            std::vector<std::string>(rows.begin(), rows.end() - 1));
  // Deterministic: the same input gives the same bytes.
  EXPECT_EQ(Index({"conventions.hpp", "second.hpp"}).output, ab.output);
}

TEST(OpIndex, WritesTheOutputFile) {
  const std::string out = ::testing::TempDir() + "/opindex_test_out.def";
  std::remove(out.c_str());
  const IndexRun run = Index({"second.hpp"}, " -o " + out);
  ASSERT_EQ(run.status, 0) << run.output;
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(Rows(text.str()),
            std::vector<std::string>{R"(FXN_OPERATOR("test.add", "(T, T) -> T", pure, "*", "t_add_any"))"});
  std::remove(out.c_str());
}

struct Bad {
  const char* header;
  const char* message;
};

class OpIndexRejects : public ::testing::TestWithParam<Bad> {};

TEST_P(OpIndexRejects, WithFileLineAndReason) {
  const Bad& bad = GetParam();
  const IndexRun run = Index({bad.header});
  EXPECT_NE(run.status, 0) << run.output;
  EXPECT_EQ(Rows(run.output), std::vector<std::string>{}) << run.output;
  // The error names the annotation's file and line (the last FXN_OP line of the header).
  std::ifstream in(std::string(FXN_OPINDEX_TESTDATA) + "/" + bad.header);
  int line_no = 0, last = 0;
  for (std::string line; std::getline(in, line);)
    if (++line_no, line.rfind("FXN_OP(", 0) == 0) last = line_no;
  const std::string where = std::string(bad.header) + ":" + std::to_string(last) + ": error: ";
  EXPECT_NE(run.output.find(where), std::string::npos) << run.output;
  EXPECT_NE(run.output.find(bad.message), std::string::npos) << run.output;
}

INSTANTIATE_TEST_SUITE_P(
    Headers, OpIndexRejects,
    ::testing::Values(Bad{"bad_signature.hpp", "signature '(int, int -> int' of test.add does not parse"},
                      Bad{"bad_arity.hpp", "kernel 't_bad' matches no calling convention for test.div (int, int) -> int"},
                      Bad{"bad_ctx_return.hpp", "takes fxn::Ctx& first but does not return bool"},
                      Bad{"bad_variadic.hpp", "no trailing parameter pack"},
                      Bad{"bad_duplicate.hpp", "test.neg (int) -> int is already declared at"}));

TEST(OpIndex, NamesTheFirstDeclarationOfADuplicate) {
  const IndexRun run = Index({"bad_duplicate.hpp"});
  EXPECT_NE(run.output.find(WhereIs("bad_duplicate.hpp", "FXN_OP(")), std::string::npos) << run.output;
}

TEST(OpIndex, HeadersThatDoNotCompileFail) {
  const IndexRun run = Index({"bad_compile.hpp"});
  EXPECT_NE(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("the headers do not compile"), std::string::npos) << run.output;
}

}  // namespace
