#include "server/blob_store.h"

#include <filesystem>

#include "absl/strings/str_cat.h"
#include "support/digest.h"
#include "support/files.h"

namespace fxn::server {

namespace {
bool IsDigest(const std::string& d) {
  if (d.size() != 64) return false;
  for (char c : d)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}
}  // namespace

std::string BlobStore::PathOf(const std::string& digest) const {
  return absl::StrCat(dir_, "/", digest.substr(0, 2), "/", digest);
}

absl::StatusOr<std::string> BlobStore::Put(std::string_view data) {
  std::string digest = Sha256Hex(data);
  if (Contains(digest)) return digest;
  if (auto s = WriteFileAtomic(PathOf(digest), data); !s.ok()) return s;
  return digest;
}

bool BlobStore::Contains(const std::string& digest) const {
  return IsDigest(digest) && std::filesystem::exists(PathOf(digest));
}

absl::Status BlobStore::Remove(const std::string& digest) {
  if (!IsDigest(digest)) return absl::InvalidArgumentError(absl::StrCat("'", digest, "' is not a SHA-256 digest"));
  std::error_code ec;
  std::filesystem::remove(PathOf(digest), ec);
  if (ec) return absl::InternalError(absl::StrCat("cannot remove blob ", digest, ": ", ec.message()));
  return absl::OkStatus();
}

absl::StatusOr<std::string> BlobStore::Get(const std::string& digest) {
  if (!IsDigest(digest)) return absl::InvalidArgumentError(absl::StrCat("'", digest, "' is not a SHA-256 digest"));
  auto data = ReadFile(PathOf(digest));
  if (!data.ok()) return absl::NotFoundError(absl::StrCat("blob ", digest, " is not in the store"));
  if (Sha256Hex(*data) != digest) {
    std::error_code ec;
    std::filesystem::remove(PathOf(digest), ec);
    return absl::DataLossError(absl::StrCat("blob ", digest, " was corrupt on disk and has been dropped"));
  }
  return data;
}

}  // namespace fxn::server
