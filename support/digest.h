// SHA-256 digests, the content addresses of fxn's caches and artifacts.
#pragma once
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace fxn {

// Lower-case hex SHA-256 of the bytes.
std::string Sha256Hex(std::string_view data);

// Incremental form, for digests over several parts (each part is length-prefixed, so
// ("ab","c") and ("a","bc") differ).
class Sha256Builder {
 public:
  Sha256Builder();
  ~Sha256Builder();
  Sha256Builder(const Sha256Builder&) = delete;
  Sha256Builder& operator=(const Sha256Builder&) = delete;
  Sha256Builder& AddPart(std::string_view part);
  std::string HexDigest();

 private:
  void* ctx_;
};

// Hex SHA-256 of a file's bytes.
absl::StatusOr<std::string> Sha256File(const std::string& path);

}  // namespace fxn
