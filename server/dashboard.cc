#include "server/dashboard.h"

#include "server/dashboard_files.h"

namespace fxn::server {

std::optional<DashboardAsset> FindDashboardAsset(std::string_view path) {
  std::string_view name;
  if (path == "/" || path == "/index.html") {
    name = "index.html";
  } else if (path.substr(0, 11) == "/dashboard/") {
    name = path.substr(11);
  } else {
    return std::nullopt;
  }
  for (const auto& f : dashboard::Files()) {
    if (f.name != name) continue;
    std::string_view type = "application/octet-stream";
    if (name.ends_with(".html")) type = "text/html; charset=utf-8";
    else if (name.ends_with(".js")) type = "text/javascript; charset=utf-8";
    else if (name.ends_with(".css")) type = "text/css; charset=utf-8";
    return DashboardAsset{f.contents, type};
  }
  return std::nullopt;
}

const std::vector<std::pair<std::string_view, std::string_view>>& DashboardHeaders() {
  static const std::vector<std::pair<std::string_view, std::string_view>> kHeaders = {
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; "
       "form-action 'none'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-cache"},
  };
  return kHeaders;
}

}  // namespace fxn::server
