// Where `fxn` sends its work: the server named by --server, FXN_SERVER or the config file
// ($XDG_CONFIG_HOME/fxn/config.json: {"server": "host:port"}), or, with none configured, the
// same server and a worker started in this process on a local data directory (the embedded
// default: one binary, no daemon, the same code path).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "compiler.grpc.pb.h"

namespace fxn::server {
class Server;
}
namespace fxn::worker {
class Worker;
}

namespace fxn::client {

class Connection {
 public:
  // `targets`: what the caller will ask for; the embedded worker readies their toolchains
  // while the trace runs.
  static absl::StatusOr<std::unique_ptr<Connection>> Open(const std::string& server_flag,
                                                          const std::vector<std::string>& targets = {});
  ~Connection();

  proto::Compiler::Stub& compiler() { return *stub_; }
  bool embedded() const { return server_ != nullptr; }
  const std::string& address() const { return address_; }

 private:
  Connection() = default;
  std::string address_;
  std::unique_ptr<proto::Compiler::Stub> stub_;
  std::unique_ptr<server::Server> server_;
  std::unique_ptr<worker::Worker> worker_;
};

// The server address configured for this user, or "" for the embedded default.
std::string ConfiguredServer(const std::string& server_flag);

}  // namespace fxn::client
