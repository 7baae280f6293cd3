// The pipeline's pure functions: bundle directories and unpacking from untrusted answers.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "pipeline/bundle.h"
#include "pipeline/fuzz.h"

namespace fxn::pipeline {
namespace {

namespace fs = std::filesystem;

TEST(ClassifyFuzzAnswer, AgreementLimitsAndDifferences) {
  const std::string overflow = R"({"error": {"type": "OverflowError", "message": "integer overflow: the result does not fit in fxn's 64-bit int"}})";
  EXPECT_EQ(ClassifyFuzzAnswer(R"({"ok": 3})", "", R"({"ok": 3})", 0), FuzzOutcome::kAgreed);
  EXPECT_EQ(ClassifyFuzzAnswer(R"({"ok": 3})", "", R"({"ok": 4})", 0), FuzzOutcome::kDifference);
  // CPython's answer needs more than 64 bits: the documented limit.
  EXPECT_EQ(ClassifyFuzzAnswer("", "CPython returned 2**70", overflow, 0), FuzzOutcome::kLimit);
  EXPECT_EQ(ClassifyFuzzAnswer("", "CPython returned 2**70", R"({"ok": 0})", 0), FuzzOutcome::kDifference);
  // An intermediate past 64 bits where CPython's answer fits: a difference.
  EXPECT_EQ(ClassifyFuzzAnswer(R"({"ok": 5})", "", overflow, 0), FuzzOutcome::kDifference);
  EXPECT_EQ(ClassifyFuzzAnswer(R"({"error": {"type": "ValueError", "message": "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"}})",
                               "", overflow, 0),
            FuzzOutcome::kLimit);
  // fxn's other documented limits name fxn in their message.
  EXPECT_EQ(ClassifyFuzzAnswer(R"({"ok": 0})", "", R"({"error": {"type": "TypeError", "message": "fxn: sum() of an empty list of float is the int 0"}})", 0),
            FuzzOutcome::kLimit);
  EXPECT_EQ(ClassifyFuzzAnswer(R"({"ok": 0})", "", R"({"error": {"type": "TypeError", "message": "bad operand"}})", 0),
            FuzzOutcome::kDifference);
}

TEST(BundleDir, OnlyIdentifiersAndKnownTargetsBecomePaths) {
  EXPECT_EQ(*BundleDir("out", "nbody", "linux-x86_64"), "out/nbody/linux-x86_64");
  for (std::string entry : {std::string("../../victim"), std::string("a/b"), std::string(""), std::string("a\0b", 3),
                            std::string(300, 'a'), std::string(".."), std::string("x y")}) {
    auto dir = BundleDir("out", entry, "linux-x86_64");
    EXPECT_EQ(dir.status().code(), absl::StatusCode::kInvalidArgument) << entry;
    EXPECT_NE(dir.status().message().find("is not a Python identifier"), std::string::npos);
  }
  for (std::string target : {"../x", "linux-sparc", "", "linux-x86_64/../../x"}) {
    auto dir = BundleDir("out", "f", target);
    EXPECT_EQ(dir.status().code(), absl::StatusCode::kInvalidArgument) << target;
    EXPECT_NE(dir.status().message().find("unknown target"), std::string::npos);
  }
}

TEST(UnpackBundle, ABadFileNameChangesNothing) {
  fs::path root = fs::temp_directory_path() / ("fxn-unpack-" + std::to_string(getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "dir");
  {
    std::FILE* f = std::fopen((root / "dir" / "old.txt").c_str(), "w");
    std::fputs("old", f);
    std::fclose(f);
  }
  for (std::string name : {"../escape", "a/b", ".hidden", "", "..", "a\nb"}) {
    proto::Bundle bundle;
    bundle.add_files()->set_name("ok.h");
    bundle.add_files()->set_name(name);
    auto s = UnpackBundle(bundle, (root / "dir").string());
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << name;
    EXPECT_TRUE(fs::exists(root / "dir" / "old.txt")) << name;  // the old bundle is untouched
    EXPECT_FALSE(fs::exists(root / "dir" / "ok.h"));
    EXPECT_FALSE(fs::exists(root / "escape"));
  }
  proto::Bundle good;
  auto* f = good.add_files();
  f->set_name("libf.so");
  f->set_data("bytes");
  ASSERT_TRUE(UnpackBundle(good, (root / "dir").string()).ok());
  EXPECT_TRUE(fs::exists(root / "dir" / "libf.so"));
  EXPECT_FALSE(fs::exists(root / "dir" / "old.txt"));  // replaced whole
  fs::remove_all(root);
}

TEST(Outcomes, FloatsCloseOnlyWithinTheBound) {
  EXPECT_TRUE(OutcomesClose("{\"ok\": 1.5}", "{\"ok\": 1.5}", 0));
  EXPECT_FALSE(OutcomesClose("{\"ok\": 1.0}", "{\"ok\": 1.0000000000000002}", 0));  // one ulp, no bound
  EXPECT_TRUE(OutcomesClose("{\"ok\": 1.0}", "{\"ok\": 1.0000000000000002}", 1));
  EXPECT_FALSE(OutcomesClose("{\"ok\": 1.0}", "{\"ok\": 1.0000000000000009}", 2));   // four ulps
  EXPECT_FALSE(OutcomesClose("{\"ok\": 0.0}", "{\"ok\": -0.0}", 64));                  // the sign of zero counts
  EXPECT_TRUE(OutcomesClose("{\"ok\": [NaN, 2]}", "{\"ok\": [NaN, 2]}", 64));
  EXPECT_FALSE(OutcomesClose("{\"ok\": [1.0, 2]}", "{\"ok\": [1.0, 3]}", 64));         // ints exactly
  EXPECT_FALSE(OutcomesClose("{\"ok\": 1.0}", "{\"error\": {\"type\": \"E\", \"message\": \"\"}}", 64));
  // Ints past 64 bits compare exactly beside floats within the bound.
  EXPECT_TRUE(OutcomesClose("{\"ok\": [18446744073709551616, 1.0]}", "{\"ok\": [18446744073709551616, 1.0000000000000002]}", 1));
  EXPECT_FALSE(OutcomesClose("{\"ok\": [18446744073709551616, 1.0]}", "{\"ok\": [18446744073709551617, 1.0]}", 64));
  EXPECT_FALSE(OutcomesClose("{\"ok\": [18446744073709551616, 1.0]}", "{\"ok\": [0, 1.0]}", 64));
}

TEST(Outcomes, ExpectedLineSaysWhenCPythonsAnswerIsBeyond64Bits) {
  proto::Outcome big;
  big.mutable_value()->set_big_int("18446744073709551616");
  std::string why;
  // The exact line (a module compiled over unbounded ints prints it), with a note for the others.
  EXPECT_EQ(ExpectedLine(big, &why), "{\"ok\": 18446744073709551616}");
  EXPECT_NE(why.find("holds an int beyond 64 bits"), std::string::npos) << why;
  // The value prints as the int it is (the value model's big int), as an artifact's line would.
  EXPECT_NE(why.find("CPython returned 18446744073709551616, "), std::string::npos) << why;
  proto::Outcome nested;
  auto* items = nested.mutable_value()->mutable_list_value();
  items->add_items()->set_big_int("-340282366920938463463374607431768211456");
  items->add_items()->set_int_value(1);
  why.clear();
  EXPECT_EQ(ExpectedLine(nested, &why), "{\"ok\": [-340282366920938463463374607431768211456, 1]}");
  EXPECT_NE(why.find("CPython returned [-340282366920938463463374607431768211456, 1], "), std::string::npos) << why;
  proto::Outcome error;
  error.mutable_error()->set_type("ValueError");
  error.mutable_error()->set_message("bad \"x\"");
  why.clear();
  EXPECT_EQ(ExpectedLine(error, &why), "{\"error\": {\"type\": \"ValueError\", \"message\": \"bad \\\"x\\\"\"}}");
  EXPECT_TRUE(why.empty());
}

}  // namespace
}  // namespace fxn::pipeline
