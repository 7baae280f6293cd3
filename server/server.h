// The fxn server: the Compiler and WorkerHub gRPC services (callback API) and the HTTP/JSON
// front, over one scheduler, SQLite index and blob store in a data directory. fxn-server runs
// it as a daemon; `fxn push` without a server runs the same thing in-process.
#pragma once
#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "server/quotas.h"
#include "server/server_tls.h"
#include "server/tokens.h"

namespace grpc {
class Server;
}

namespace fxn::server {

class Scheduler;
class Index;
class BlobStore;

struct ServerOptions {
  std::string listen = "127.0.0.1:7070";  // gRPC; port 0 picks a free one
  std::string http_listen;                // "127.0.0.1:7071"; empty: no HTTP front
  std::string data_dir;                   // SQLite index and blobs
  int lease_ms = 10000;
  // Pick up the unfinished jobs and open tasks a previous server left in the index. The
  // embedded server of `fxn push` does not: several may share one data directory (and its
  // caches), each minding only its own jobs.
  bool recover = true;
  // Every call must carry a valid token (server/tokens.h). Also on when the data directory has
  // active tokens, or ephemeral ones are given.
  bool require_tokens = false;
  // Serve a non-loopback address without TLS or without tokens (anyone who reaches it may push
  // code and lease other users' sources, or read them on the wire): only when asked for by name.
  bool insecure = false;
  // TLS for gRPC and HTTP, and workers' client certificates (server/server_tls.h).
  ServerTls tls;
  // (token text, identity) valid only in this process: the embedded server's own client and worker.
  std::vector<std::pair<std::string, Identity>> ephemeral_tokens;
  // Tenants (server/tenants.h): share cache hits on identical content; per tenant by default.
  bool shared_cache = false;
  QuotaConfig quotas;  // per tenant (server/quotas.h)
  // SchedulerOptions::on_task_queued: the embedded server starts its worker when work arrives.
  std::function<void()> on_task_queued;
  // SchedulerOptions::known_toolchains: the embedded server's own targets' digests.
  std::map<std::string, std::string> known_toolchains;
};

class Server {
 public:
  static absl::StatusOr<std::unique_ptr<Server>> Start(const ServerOptions& options);
  ~Server();

  // "127.0.0.1:PORT" as bound (the real port when 0 was asked for).
  const std::string& address() const { return address_; }
  int http_port() const { return http_port_; }
  Scheduler& scheduler() { return *scheduler_; }
  void Shutdown();
  void Wait();

 private:
  Server() = default;
  struct Http;

  std::unique_ptr<Index> index_;
  std::unique_ptr<BlobStore> blobs_;
  std::unique_ptr<Scheduler> scheduler_;
  std::unique_ptr<Authenticator> auth_;
  ServerTls tls_;
  std::unique_ptr<grpc::Server> grpc_;
  std::unique_ptr<Http> http_;
  std::unique_ptr<class CompilerServiceImpl> compiler_;
  std::unique_ptr<class WorkerHubServiceImpl> hub_;
  std::thread ticker_;
  std::atomic<bool> stopping_{false};
  // The ticker waits on this between ticks, so Shutdown need not wait out a tick (a cache hit
  // of the embedded server spent 0.1 s there).
  std::mutex ticker_mu_;
  std::condition_variable ticker_cv_;
  std::string address_;
  int http_port_ = 0;
};

}  // namespace fxn::server
