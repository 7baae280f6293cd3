// fxn-server: the compile service. Workers connect to it; clients push to it.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <csignal>

#include "server/server.h"
#include "support/files.h"

namespace {
std::atomic<bool> g_stop{false};
}

int main(int argc, char** argv) {
  CLI::App app{"fxn-server: trace, compile and cache Python functions for fxn clients and workers"};
  fxn::server::ServerOptions options;
  options.data_dir = fxn::DefaultCacheDir() + "/server";
  app.add_option("--listen", options.listen, "gRPC address (host:port)")->capture_default_str();
  app.add_option("--http", options.http_listen, "HTTP/JSON address (host:port); off when empty");
  app.add_option("--data-dir", options.data_dir, "SQLite index and blob store")->capture_default_str();
  app.add_option("--lease-ms", options.lease_ms, "a task's lease; a worker silent this long loses it")->capture_default_str();
  app.footer("Example:\n  fxn-server --listen 127.0.0.1:7070 --http 127.0.0.1:7071 --data-dir /var/lib/fxn\n"
             "  fxn-worker --server 127.0.0.1:7070\n  FXN_SERVER=127.0.0.1:7070 fxn push f.py --inputs '[1]'");
  CLI11_PARSE(app, argc, argv);

  auto server = fxn::server::Server::Start(options);
  if (!server.ok()) {
    spdlog::error("{}", std::string(server.status().message()));
    return 1;
  }
  std::signal(SIGINT, [](int) { g_stop = true; });
  std::signal(SIGTERM, [](int) { g_stop = true; });
  while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  spdlog::info("fxn-server: shutting down");
  (*server)->Shutdown();
  return 0;
}
