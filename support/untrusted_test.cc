#include "support/untrusted.h"

#include <gtest/gtest.h>

#include <set>

namespace fxn {
namespace {

TEST(Untrusted, Utf8) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("gr\xc3\xb6\xc3\x9f" "e \xe2\x82\xac \xf0\x9f\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("\xff"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xe2\x82"));          // cut short
}

TEST(Untrusted, PythonIdentifiers) {
  for (std::string ok : {"f", "_private", "nbody", "f2", "gr\xc3\xb6\xc3\x9f" "e"}) EXPECT_TRUE(IsPythonIdentifier(ok)) << ok;
  for (std::string bad : {std::string(""), std::string("2f"), std::string("../../victim"), std::string("a/b"),
                          std::string("a.b"), std::string("a b"), std::string("a\0b", 3), std::string("a\nb"),
                          std::string(256, 'a'), std::string("\xff")}) {
    EXPECT_FALSE(IsPythonIdentifier(bad)) << QuoteForMessage(bad);
  }
  EXPECT_TRUE(IsPythonIdentifier(std::string(255, 'a')));
}

TEST(Untrusted, FileNames) {
  for (std::string ok : {"libf.so", "f.h", "fxn.h", "manifest.json", "f.cc", "fxn_wasm.mjs", "f-1.dll"}) EXPECT_TRUE(IsSafeFileName(ok)) << ok;
  for (std::string bad : {"", ".", "..", ".hidden", "a/b", "a\\b", "a b", "a:b"}) EXPECT_FALSE(IsSafeFileName(bad)) << bad;
}

TEST(Untrusted, SourceDiagnosticsNameTheFirstBadByte) {
  EXPECT_TRUE(CheckPythonSource("f.py", "def f(x):\n    return x\n").ok());
  auto utf8 = CheckPythonSource("f.py", "def f(x):\n    return x  # \xff\n");
  EXPECT_EQ(utf8.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(utf8.message()).rfind("f.py:2:17: error: the source is not valid UTF-8 (byte 0xff)", 0), 0u)
      << utf8.message();
  auto nul = CheckPythonSource("f.py", std::string("x = 1\n\xc3\xa9\0\n", 10));
  EXPECT_EQ(std::string(nul.message()), "f.py:2:2: error: the source contains a NUL byte; remove it");
  auto big = CheckPythonSource("f.py", std::string(kMaxSourceBytes + 1, ' '));
  EXPECT_NE(std::string(big.message()).find("the limit for one source file is 8388608 bytes"), std::string::npos);
}

TEST(Untrusted, QuoteForMessageEscapesAndCuts) {
  EXPECT_EQ(QuoteForMessage(std::string("a\0/\n", 4)), "a\\x00/\\x0a");
  EXPECT_EQ(QuoteForMessage(std::string(100, 'x'), 10), "xxxxxxxxxx... (100 bytes)");
}

TEST(Untrusted, RandomHexIsFreshEachTime) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    std::string id = RandomHex(16);
    ASSERT_EQ(id.size(), 32u);
    EXPECT_EQ(id.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_TRUE(seen.insert(id).second);
  }
}

}  // namespace
}  // namespace fxn
