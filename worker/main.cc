// fxn-worker: leases trace and compile tasks from an fxn-server.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <thread>

#include "absl/strings/str_split.h"
#include "tracer_sandbox/trace_client.h"
#include "worker/worker.h"

namespace {
std::atomic<bool> g_stop{false};
}

int main(int argc, char** argv) {
  CLI::App app{"fxn-worker: runs traces (sandboxed) and per-target compiles for an fxn-server"};
  fxn::worker::WorkerOptions options;
  std::string targets;
  bool no_trace = false;
  app.add_option("--server", options.server, "the fxn-server's gRPC address (host:port)")->required();
  app.add_option("--targets", targets, "comma-separated targets to serve (default: every target found)");
  app.add_flag("--no-trace", no_trace, "take only compile tasks");
  app.add_option("--slots", options.slots, "tasks run at once")->capture_default_str();
  app.add_option("--id", options.worker_id, "worker id (default: hostname-pid)");
  for (const char* name : {"FXN_WORKER_TOKEN", "FXN_TOKEN"}) {
    if (const char* env = std::getenv(name); env && *env && options.token.empty()) options.token = env;
  }
  app.add_option("--token", options.token,
                 "a worker token (fxn-server token create --role worker); default: $FXN_WORKER_TOKEN, else $FXN_TOKEN");
  for (auto [name, value] : {std::pair{"FXN_TLS_CA", &options.tls.ca_file}, std::pair{"FXN_WORKER_TLS_CERT", &options.tls.cert_file},
                             std::pair{"FXN_WORKER_TLS_KEY", &options.tls.key_file}}) {
    if (const char* env = std::getenv(name); env && *env) *value = env;
  }
  app.add_option("--tls-ca", options.tls.ca_file, "PEM CA the server's certificate must chain to: talk TLS (default: $FXN_TLS_CA)");
  app.add_option("--tls-cert", options.tls.cert_file,
                 "PEM client certificate, for a server started with --worker-ca (default: $FXN_WORKER_TLS_CERT)");
  app.add_option("--tls-key", options.tls.key_file, "its private key (default: $FXN_WORKER_TLS_KEY)");
  options.trace_timeout_seconds = fxn::tracer::TraceTimeoutFromEnvironment();
  app.add_option("--trace-timeout", options.trace_timeout_seconds, "seconds a trace may run (default: $FXN_TRACE_TIMEOUT, else 60)")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  options.trace = !no_trace;
  if (!targets.empty()) options.targets = absl::StrSplit(targets, ',', absl::SkipEmpty());

  auto worker = fxn::worker::Worker::Create(options);
  if (!worker.ok()) {
    spdlog::error("{}", std::string(worker.status().message()));
    return 1;
  }
  (*worker)->set_warm_targets((*worker)->targets());  // a daemon readies every target it serves
  std::signal(SIGINT, [](int) { g_stop = true; });
  std::signal(SIGTERM, [](int) { g_stop = true; });
  (*worker)->Start();
  while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  spdlog::info("fxn-worker: finishing the tasks in hand");
  (*worker)->Stop();
  return 0;
}
