// .npy files as --inputs: what a well-formed file gives, and a clear refusal for the rest.
#include "client/npy.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

namespace fxn::client {
namespace {

namespace fs = std::filesystem;

// A version-1 .npy file with this header dict and these data bytes.
std::string Npy(const std::string& dict, const std::string& data, int major = 1) {
  std::string header = dict;
  while ((10 + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::string out = "\x93NUMPY";
  out += static_cast<char>(major);
  out += '\0';
  if (major == 1) {
    out += static_cast<char>(header.size() & 0xff);
    out += static_cast<char>(header.size() >> 8);
  } else {
    for (int k = 0; k < 4; ++k) out += static_cast<char>((header.size() >> (8 * k)) & 0xff);
  }
  return out + header + data;
}

class NpyTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& bytes) {
    fs::path p = fs::temp_directory_path() / ("fxn-npy-" + std::to_string(getpid()) + "-" + std::to_string(n_++) + ".npy");
    std::ofstream(p, std::ios::binary) << bytes;
    paths_.push_back(p);
    return p.string();
  }
  std::string Refusal(const std::string& bytes) {
    auto r = NpyFileAsJson(Write(bytes));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    return std::string(r.status().message());
  }
  void TearDown() override {
    for (const auto& p : paths_) fs::remove(p);
  }
  int n_ = 0;
  std::vector<fs::path> paths_;
};

TEST_F(NpyTest, ReadsAWellFormedFile) {
  int32_t data[3] = {1, -2, 3};
  std::string bytes(reinterpret_cast<const char*>(data), sizeof data);
  auto json = NpyFileAsJson(Write(Npy("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }", bytes)));
  ASSERT_TRUE(json.ok()) << json.status();
  EXPECT_NE(json->find("\"dtype\": \"int32\""), std::string::npos) << *json;
  EXPECT_NE(json->find("\"shape\": [3]"), std::string::npos) << *json;
  auto v2 = NpyFileAsJson(Write(Npy("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }", bytes, 2)));
  EXPECT_TRUE(v2.ok()) << v2.status();
}

// A file saved big-endian (on s390x, or as '>i4'/'>f8') gives the same values as a little one.
TEST_F(NpyTest, ReadsBigEndianFiles) {
  const std::string big_i4("\x00\x00\x00\x01\xff\xff\xff\xfe\x00\x01\x00\x00", 12);  // 1, -2, 65536
  auto ints = NpyFileAsJson(Write(Npy("{'descr': '>i4', 'fortran_order': False, 'shape': (3,), }", big_i4)));
  ASSERT_TRUE(ints.ok()) << ints.status();
  EXPECT_NE(ints->find("\"data\": [1, -2, 65536]"), std::string::npos) << *ints;
  const std::string big_f8("\x3f\xf8\x00\x00\x00\x00\x00\x00\xc0\x09\x21\xfb\x54\x44\x2d\x18", 16);  // 1.5, -pi
  auto floats = NpyFileAsJson(Write(Npy("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }", big_f8)));
  ASSERT_TRUE(floats.ok()) << floats.status();
  EXPECT_NE(floats->find("\"data\": [1.5, -3.141592653589793]"), std::string::npos) << *floats;
  const std::string little_f8("\x00\x00\x00\x00\x00\x00\xf8\x3f", 8);
  auto little = NpyFileAsJson(Write(Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", little_f8)));
  ASSERT_TRUE(little.ok()) << little.status();
  EXPECT_NE(little->find("\"data\": [1.5]"), std::string::npos) << *little;
}

TEST_F(NpyTest, RefusesMalformedFilesSayingWhy) {
  const std::string f8 = std::string(8, '\0');
  EXPECT_NE(Refusal("not numpy at all").find("no \\x93NUMPY magic"), std::string::npos);
  EXPECT_NE(Refusal(Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", f8, 4)).find("format version 4"),
            std::string::npos);
  std::string truncated = Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", f8).substr(0, 30);
  EXPECT_NE(Refusal(truncated).find("truncated header"), std::string::npos);
  EXPECT_NE(Refusal(Npy("{'fortran_order': False, 'shape': (1,), }", f8)).find("no descr"), std::string::npos);
  EXPECT_NE(Refusal(Npy("{'descr': '>f16', 'fortran_order': False, 'shape': (1,), }", f8 + f8)).find("dtype '>f16'"), std::string::npos);
  EXPECT_NE(Refusal(Npy("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", f8 + f8)).find("dtype '<c16'"),
            std::string::npos);
  EXPECT_NE(Refusal(Npy("{'descr': '<f8', 'fortran_order': True, 'shape': (1,), }", f8)).find("Fortran-ordered"),
            std::string::npos);
  EXPECT_NE(Refusal(Npy("{'descr': '<f8', 'fortran_order': False, }", f8)).find("no shape"), std::string::npos);
  EXPECT_NE(Refusal(Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", f8)).find("holds 8 bytes of data; the shape needs 16"),
            std::string::npos);
}

TEST_F(NpyTest, RefusesShapesThatOverflow) {
  const std::string f8 = std::string(8, '\0');
  // 2**32 * 2**32 items wrap a 64-bit count to 0: a tiny file must not claim them.
  EXPECT_NE(Refusal(Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }", "")).find("overflows"),
            std::string::npos);
  EXPECT_NE(Refusal(Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999,), }", f8)).find("too large"),
            std::string::npos);
}

TEST_F(NpyTest, ExpandsOnlyNpyArguments) {
  double one = 1.5;
  std::string path = Write(Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", std::string(reinterpret_cast<char*>(&one), 8)));
  auto expanded = ExpandNpyArguments("[1, \"@" + path + "\", \"plain\"]");
  ASSERT_TRUE(expanded.ok()) << expanded.status();
  EXPECT_EQ(expanded->rfind("[1, {\"tensor\": ", 0), 0u) << *expanded;
  EXPECT_NE(expanded->find("\"plain\"]"), std::string::npos);
  EXPECT_EQ(*ExpandNpyArguments("[1, 2]"), "[1, 2]");
  EXPECT_FALSE(ExpandNpyArguments("[\"@/nonexistent/x.npy\"]").ok());
}

}  // namespace
}  // namespace fxn::client
