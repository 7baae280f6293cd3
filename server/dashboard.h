// The web dashboard (server/dashboard/: plain HTML, CSS and JavaScript, embedded at build time by
// cmake/EmbedFiles.cmake) as the HTTP front serves it at "/". The page holds no job data: it
// reads the JSON API with the caller's token like any client, so tenants and tokens apply to it
// exactly as to the API. See WORKSPACE.md, "The dashboard".
#pragma once
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace fxn::server {

struct DashboardAsset {
  std::string_view contents;
  std::string_view content_type;
};

// The asset a GET of `path` answers ("/" is the page; "/dashboard/NAME" its script and style),
// or nullopt.
std::optional<DashboardAsset> FindDashboardAsset(std::string_view path);

// Headers on every dashboard answer: scripts, styles and requests only from this origin (no
// inline script: hostile text that slipped into markup still could not run), no framing, no
// sniffing, no referrer.
const std::vector<std::pair<std::string_view, std::string_view>>& DashboardHeaders();

}  // namespace fxn::server
