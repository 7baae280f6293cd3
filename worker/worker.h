// fxn-worker's work loop as a library: lease a task from the server, run it (a trace in the
// sandbox, or lower + compile + verify for one target), heartbeat while it runs, report the
// result. Every slot is a thread with its own lease loop; the in-process worker of
// `fxn push` (no server configured) is the same class.
#pragma once
#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/statusor.h"
#include "compiler.grpc.pb.h"
#include "support/tls.h"
#include "toolchains/toolchain.h"

namespace fxn::worker {

struct WorkerOptions {
  std::string server;                // host:port
  std::string token;                 // a worker token ("" when the server requires none)
  ChannelTls tls;                    // the server's CA, and this worker's certificate for --worker-ca
  std::string worker_id;             // default: hostname-pid
  std::vector<std::string> targets;  // empty: every target whose toolchain is found
  bool trace = true;                 // take trace tasks
  int slots = 1;                     // tasks at once
  std::string cache_dir;             // toolchain support files
  std::string tracer_binary;         // default: fxn-trace beside the executable
  int trace_timeout_seconds = 60;    // the samples' wall-clock limit
  // Targets whose support files are built in the background from Start() on, so the first
  // compile for them does not wait (the embedded worker: the push's targets; fxn-worker: all).
  std::vector<std::string> warm_targets;
};

class Worker {
 public:
  // Finds the toolchains (the targets it will advertise) and plans the sandbox.
  static absl::StatusOr<std::unique_ptr<Worker>> Create(const WorkerOptions& options);
  ~Worker();

  void Start();
  void RequestStop() { stop_ = true; }  // no new leases; Stop() then joins
  void Stop();                          // finishes the tasks in hand, then returns
  const std::vector<std::string>& targets() const { return target_names_; }
  void set_warm_targets(std::vector<std::string> targets) { options_.warm_targets = std::move(targets); }  // before Start

 private:
  Worker() = default;
  void Loop(int slot);
  proto::CompleteRequest RunTask(const proto::Task& task, const std::function<void(proto::Stage)>& report);
  proto::CompleteRequest RunTrace(const proto::Task& task);
  proto::CompleteRequest RunCompile(const proto::Task& task, const std::function<void(proto::Stage)>& report);
  // Adds this worker's token to a call.
  void Authorize(grpc::ClientContext& ctx) const;
  // Sends a packed bundle in 1 MiB chunks; returns the digest the server stored it under.
  absl::StatusOr<std::string> Upload(const proto::Task& task, const std::string& data);

  WorkerOptions options_;
  std::unique_ptr<proto::WorkerHub::Stub> stub_;
  std::vector<toolchains::Toolchain> toolchains_;
  std::vector<std::string> target_names_;
  std::string sandbox_mode_;  // how traces are isolated, for the log
  std::vector<std::thread> threads_;
  std::thread warm_;
  std::atomic<bool> stop_{false};
};

}  // namespace fxn::worker
