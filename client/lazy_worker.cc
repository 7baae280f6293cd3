#include "client/lazy_worker.h"

#include "absl/strings/str_cat.h"
#include "server/scheduler.h"
#include "server/server.h"

namespace fxn::client {

void LazyWorker::Attach(server::Server* server) {
  server_ = server;
  options_.server = server->address();
  starter_ = std::thread([this] { StartWhenNeeded(); });
}

void LazyWorker::WorkArrived() {
  std::lock_guard lock(mu_);
  wanted_ = true;
  cv_.notify_all();
}

void LazyWorker::StartWhenNeeded() {
  {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [this] { return wanted_ || closing_; });
    if (closing_) return;
  }
  auto worker = worker::Worker::Create(options_);
  if (!worker.ok()) {
    // This process's jobs would wait for a worker forever: fail them with the reason (the
    // push prints it as the job's message).
    server_->scheduler().FailUnfinishedJobs(std::string(worker.status().message()));
    return;
  }
  std::lock_guard lock(mu_);
  if (closing_) return;
  worker_ = std::move(*worker);
  worker_->Start();
}

void LazyWorker::Stop() {
  {
    std::lock_guard lock(mu_);
    closing_ = true;
    cv_.notify_all();
  }
  if (starter_.joinable()) starter_.join();
  if (!worker_) return;
  worker_->RequestStop();
  if (server_) server_->scheduler().ReleaseWaiters();
  worker_->Stop();
  worker_.reset();
}

}  // namespace fxn::client
