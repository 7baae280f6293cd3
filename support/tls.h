// TLS for fxn's connections: the certificate checks a server runs before it serves, the gRPC
// channel credentials clients and workers use, and the probe that turns a failed connection
// into a sentence ("the server serves TLS: give its CA with --tls-ca", "certificate has
// expired"). gRPC's own messages say only that the handshake failed. See WORKSPACE.md,
// "Identity" / "TLS".
#pragma once
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace grpc {
class ChannelCredentials;
}

namespace fxn {

// What a client or worker presents and trusts. `ca_file` empty: plain text.
struct ChannelTls {
  std::string ca_file;    // PEM: the CA the server's certificate must chain to
  std::string cert_file;  // PEM: a client certificate (workers of a server with --worker-ca)
  std::string key_file;   // its private key
  bool enabled() const { return !ca_file.empty(); }
};

// Plain-text credentials when `tls` is not enabled; else SSL credentials trusting only its CA.
// Errors name the file and what is wrong with it (unreadable, not PEM, key not matching).
absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> MakeChannelCredentials(const ChannelTls& tls);

// A certificate file (PEM, the first certificate is the leaf) and its private key: readable,
// matching, and valid now (an expired certificate is refused here with its end date, rather
// than by every client's handshake).
absl::Status CheckCertificateAndKey(const std::string& cert_file, const std::string& key_file);
// A CA bundle: readable, at least one PEM certificate.
absl::Status CheckCaFile(const std::string& ca_file);

// Why a connection to `address` ("host:port") that gRPC could not make failed, found by
// connecting to it once more with OpenSSL: a TLS server reached in plain text, a plain-text
// server reached with TLS, a certificate that does not verify against `tls.ca_file` (and
// why: expired, unknown issuer, wrong name). "" when the probe finds nothing to add (the port
// is closed, say: gRPC's own message says so). Bounded by `timeout_ms` per step.
std::string DiagnoseConnection(const std::string& address, const ChannelTls& tls, int timeout_ms = 3000);

}  // namespace fxn
