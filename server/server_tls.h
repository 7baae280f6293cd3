// The server's side of TLS: credentials for the gRPC port and an HTTPS front from one
// certificate and key, the optional client certificates of workers (--worker-ca), and the rule
// that an address beyond loopback is served only with TLS and tokens (or --insecure).
//
// Workers' certificates (mutual TLS): gRPC's server credentials are per port, and clients and
// workers share the one gRPC port. With a worker CA the port asks every peer for a
// certificate and verifies any it is given against that CA (a certificate from another CA
// fails the handshake); WorkerHub calls are then refused UNAUTHENTICATED unless the peer
// presented a verified one, while Compiler calls (clients) need none. See WORKSPACE.md, "TLS".
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace grpc {
class AuthContext;
class ServerCredentials;
}  // namespace grpc
namespace httplib {
class Server;
}

namespace fxn::server {

struct ServerTls {
  std::string cert_file;       // PEM: the server's certificate (chain); empty: plain text
  std::string key_file;        // PEM: its private key
  std::string worker_ca_file;  // PEM: workers must present a certificate signed by this CA
  bool enabled() const { return !cert_file.empty(); }
  bool workers_need_certificates() const { return !worker_ca_file.empty(); }
};

// Checks the files (readable, the key matches, the certificate valid now) before serving.
absl::Status CheckServerTls(const ServerTls& tls);
// Insecure credentials when TLS is off.
absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> MakeServerCredentials(const ServerTls& tls);
// httplib's plain server, or its SSL server over the same certificate.
absl::StatusOr<std::unique_ptr<httplib::Server>> MakeHttpServer(const ServerTls& tls);
// OK when the server takes workers without certificates, or the peer showed a verified one.
absl::Status CheckWorkerCertificate(const ServerTls& tls, const grpc::AuthContext* peer);

// An address beyond loopback is served only with TLS and tokens both, unless `insecure`; the
// refusal says what is missing and how to add it. Logs a warning for what `insecure` let through.
absl::Status CheckExposure(const std::vector<std::string>& addresses, bool tokens_required, bool tls, bool insecure,
                           const std::string& data_dir);
// 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches.
bool IsLoopbackAddress(const std::string& address);

}  // namespace fxn::server
