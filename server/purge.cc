#include "server/purge.h"

#include <spdlog/spdlog.h>

#include "server/blob_store.h"

namespace fxn::server {

absl::StatusOr<PurgeReport> PurgeWorker(const std::string& data_dir, const std::string& token_id) {
  auto index = Index::Open(data_dir + "/index.sqlite");
  if (!index.ok()) return index.status();
  auto rows = (*index)->PurgeWorker(token_id);
  if (!rows.ok()) return rows.status();
  PurgeReport report{*rows, 0};
  BlobStore blobs(data_dir + "/blobs");
  for (const auto& digest : rows->unreferenced_blobs) {
    if (!blobs.Contains(digest)) continue;
    if (auto removed = blobs.Remove(digest); removed.ok()) {
      ++report.blobs_removed;
    } else {
      spdlog::warn("{}", std::string(removed.message()));
    }
  }
  return report;
}

}  // namespace fxn::server
