// The embedded default's worker, started when the embedded server queues its first task rather
// than with the connection: a push answered from the cache (its trace and every artifact) starts
// no worker, so it probes no sandbox and opens no toolchain.
#pragma once
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "worker/worker.h"

namespace fxn::server {
class Server;
}

namespace fxn::client {

class LazyWorker {
 public:
  explicit LazyWorker(worker::WorkerOptions options) : options_(std::move(options)) {}
  ~LazyWorker() { Stop(); }

  // The server the worker will serve (its address goes into the options); call once, before
  // any WorkArrived can matter.
  void Attach(server::Server* server);
  // The scheduler queued a task: start the worker, unless it runs already. Only signals (the
  // scheduler calls it under its lock).
  void WorkArrived();
  // Stops the worker (if started) after releasing the server's waiting leases; idempotent.
  void Stop();

 private:
  void StartWhenNeeded();

  worker::WorkerOptions options_;
  server::Server* server_ = nullptr;
  std::mutex mu_;
  std::condition_variable cv_;
  bool wanted_ = false;
  bool closing_ = false;
  std::unique_ptr<worker::Worker> worker_;
  std::thread starter_;
};

}  // namespace fxn::client
