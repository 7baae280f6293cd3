// A bundle directory (DIR/ENTRY/TARGET) as one message, for the blob store and downloads.
#pragma once
#include <string>

#include "absl/status/statusor.h"
#include "compiler.pb.h"

namespace fxn::pipeline {
absl::StatusOr<proto::Bundle> PackBundle(const std::string& dir);
// Replaces `dir` with the bundle's files. File names and sizes are checked first (IsSafeFileName,
// kMaxBundleBytes): a bad bundle changes nothing.
absl::Status UnpackBundle(const proto::Bundle& bundle, const std::string& dir);
}  // namespace fxn::pipeline
