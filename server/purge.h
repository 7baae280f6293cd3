// `fxn-server purge --worker ID`: forget everything one worker token produced (a compromised or
// broken worker), so the next push of each affected function is traced and compiled again.
#pragma once
#include <string>

#include "absl/status/statusor.h"
#include "server/index.h"

namespace fxn::server {

struct PurgeReport {
  PurgedRows rows;
  int64_t blobs_removed = 0;
};

// Drops the worker's cached artifacts and traces from the data directory's index (and the job
// targets' links to those downloads), then deletes the blobs nothing names any more. Safe while
// a server runs on the directory: it looks artifacts up in the index on every push.
absl::StatusOr<PurgeReport> PurgeWorker(const std::string& data_dir, const std::string& token_id);

}  // namespace fxn::server
