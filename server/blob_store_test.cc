#include "server/blob_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/digest.h"

namespace fxn::server {
namespace {

class BlobStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("fxn-blobs-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(BlobStoreTest, PutIsContentAddressedAndIdempotent) {
  BlobStore store(dir_.string());
  auto a = store.Put("hello");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(*a, Sha256Hex("hello"));
  EXPECT_EQ(*store.Put("hello"), *a);
  EXPECT_EQ(*store.Get(*a), "hello");
}

TEST_F(BlobStoreTest, CorruptBlobIsDroppedNotServed) {
  BlobStore store(dir_.string());
  std::string digest = *store.Put("the real bytes");
  std::ofstream(store.PathOf(digest), std::ios::trunc) << "tampered";
  auto got = store.Get(digest);
  EXPECT_EQ(got.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_FALSE(store.Contains(digest));
  EXPECT_EQ(store.Get(digest).status().code(), absl::StatusCode::kNotFound);
}

TEST_F(BlobStoreTest, RejectsNamesThatAreNotDigests) {
  BlobStore store(dir_.string());
  EXPECT_EQ(store.Get("../../etc/passwd").status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace fxn::server
