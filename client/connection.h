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
#include "support/tls.h"

namespace fxn::server {
class Server;
}
namespace fxn::client {
class LazyWorker;

// What the command line says about the server: --server, --token and --tls-ca ("" when not given).
struct Endpoint {
  std::string server;
  std::string token;
  std::string tls_ca;
};

class Connection {
 public:
  // `targets`: what the caller will ask for; the embedded worker, started when the first task
  // is queued, readies their toolchains while the trace runs.
  static absl::StatusOr<std::unique_ptr<Connection>> Open(const Endpoint& flags,
                                                          const std::vector<std::string>& targets = {});
  ~Connection();

  proto::Compiler::Stub& compiler() { return *stub_; }
  // Adds the token to a call: the configured one, or the embedded server's own.
  void Authorize(grpc::ClientContext& ctx) const;
  bool embedded() const { return server_ != nullptr; }
  const std::string& address() const { return address_; }
  // TLS as configured for a remote server (not enabled for the embedded one).
  const ChannelTls& tls() const { return tls_; }

 private:
  Connection() = default;
  std::string address_;
  std::string token_;
  ChannelTls tls_;
  std::unique_ptr<proto::Compiler::Stub> stub_;
  std::unique_ptr<server::Server> server_;
  std::unique_ptr<LazyWorker> worker_;  // the embedded server's, started by its first task
};

// The server address configured for this user, or "" for the embedded default.
std::string ConfiguredServer(const std::string& server_flag);
// The token for the configured server: --token, $FXN_TOKEN, then "token" in the config file.
std::string ConfiguredToken(const std::string& token_flag);
// The CA that signed the configured server's certificate: --tls-ca, $FXN_TLS_CA, then "tls_ca"
// in the config file; "" for plain text.
std::string ConfiguredTlsCa(const std::string& tls_ca_flag);

// Differential fuzzing's settings (`fxn push --fuzz N --fuzz-seed S`): the flag when given (>= 0),
// else $FXN_FUZZ / $FXN_FUZZ_SEED, else "fuzz" / "fuzz_seed" in the config file, else 0.
int64_t ConfiguredFuzzInputs(int64_t flag);
uint64_t ConfiguredFuzzSeed(int64_t flag);

}  // namespace fxn::client
