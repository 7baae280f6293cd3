// A content-addressed blob store on disk: DIR/ab/abcdef... named by the SHA-256 of the bytes.
// Every read re-hashes: a blob whose bytes no longer match its name is deleted and reported as
// DataLoss, so a corrupt artifact is rebuilt, never served.
#pragma once
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace fxn::server {

class BlobStore {
 public:
  explicit BlobStore(std::string dir) : dir_(std::move(dir)) {}

  // Stores the bytes (idempotent) and returns their digest.
  absl::StatusOr<std::string> Put(std::string_view data);
  // NotFound when absent; DataLoss (after deleting it) when corrupt.
  absl::StatusOr<std::string> Get(const std::string& digest);
  bool Contains(const std::string& digest) const;
  // Deletes a blob (absent is fine): `fxn-server purge` drops what no row names any more.
  absl::Status Remove(const std::string& digest);
  std::string PathOf(const std::string& digest) const;

 private:
  std::string dir_;
};

}  // namespace fxn::server
