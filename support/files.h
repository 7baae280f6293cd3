// Small file helpers that report failures as absl::Status.
#pragma once
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace fxn {

absl::StatusOr<std::string> ReadFile(const std::string& path);
// Writes via a temporary file and rename, so readers never see a half-written file.
absl::Status WriteFileAtomic(const std::string& path, std::string_view data);
// $XDG_CACHE_HOME/fxn, else $HOME/.cache/fxn, else /tmp/fxn-cache.
std::string DefaultCacheDir();

}  // namespace fxn
