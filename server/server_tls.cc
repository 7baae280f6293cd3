#include "server/server_tls.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/security/server_credentials.h>
#include <httplib.h>
#include <spdlog/spdlog.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "support/files.h"
#include "support/tls.h"

namespace fxn::server {

absl::Status CheckServerTls(const ServerTls& tls) {
  if (!tls.enabled()) {
    if (!tls.key_file.empty()) return absl::InvalidArgumentError("--tls-key needs --tls-cert");
    if (tls.workers_need_certificates()) {
      return absl::InvalidArgumentError("--worker-ca needs TLS: give the server's own --tls-cert and --tls-key");
    }
    return absl::OkStatus();
  }
  if (tls.key_file.empty()) return absl::InvalidArgumentError("--tls-cert needs --tls-key (its private key)");
  if (auto st = CheckCertificateAndKey(tls.cert_file, tls.key_file); !st.ok()) return st;
  if (tls.workers_need_certificates()) return CheckCaFile(tls.worker_ca_file);
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> MakeServerCredentials(const ServerTls& tls) {
  if (auto st = CheckServerTls(tls); !st.ok()) return st;
  if (!tls.enabled()) return grpc::InsecureServerCredentials();
  grpc::SslServerCredentialsOptions options;
  options.pem_key_cert_pairs.push_back({*ReadFile(tls.key_file), *ReadFile(tls.cert_file)});
  if (tls.workers_need_certificates()) {
    options.pem_root_certs = *ReadFile(tls.worker_ca_file);
    // Asked of every peer, verified when given; only WorkerHub calls require one (clients
    // share the port and have none).
    options.client_certificate_request = GRPC_SSL_REQUEST_CLIENT_CERTIFICATE_AND_VERIFY;
  }
  return grpc::SslServerCredentials(options);
}

absl::StatusOr<std::unique_ptr<httplib::Server>> MakeHttpServer(const ServerTls& tls) {
  if (!tls.enabled()) return std::make_unique<httplib::Server>();
  auto server = std::make_unique<httplib::SSLServer>(tls.cert_file.c_str(), tls.key_file.c_str());
  if (!server->is_valid()) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot serve HTTPS with ", tls.cert_file, " and ", tls.key_file, " (OpenSSL refused them)"));
  }
  return std::unique_ptr<httplib::Server>(std::move(server));
}

absl::Status CheckWorkerCertificate(const ServerTls& tls, const grpc::AuthContext* peer) {
  if (!tls.workers_need_certificates()) return absl::OkStatus();
  if (peer && peer->IsPeerAuthenticated()) return absl::OkStatus();
  return absl::UnauthenticatedError(
      "this server takes workers only with a client certificate signed by its worker CA: start fxn-worker with "
      "--tls-cert and --tls-key (a certificate the server's --worker-ca signed)");
}

bool IsLoopbackAddress(const std::string& address) {
  std::string host = address.substr(0, address.rfind(':'));
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

absl::Status CheckExposure(const std::vector<std::string>& addresses, bool tokens_required, bool tls, bool insecure,
                           const std::string& data_dir) {
  std::vector<std::string> exposed;
  for (const auto& a : addresses)
    if (!a.empty() && !IsLoopbackAddress(a)) exposed.push_back(a);
  if (exposed.empty() || (tokens_required && tls)) return absl::OkStatus();
  std::vector<std::string> missing;
  if (!tokens_required) missing.push_back("tokens (anyone who reaches it could push code and lease other users' sources)");
  if (!tls) missing.push_back("TLS (tokens and sources would cross the network in plain text)");
  std::string what = absl::StrJoin(missing, " and ");
  if (insecure) {
    spdlog::warn("--insecure: serving {} without {}", absl::StrJoin(exposed, ", "), what);
    return absl::OkStatus();
  }
  std::vector<std::string> fixes;
  if (!tokens_required) fixes.push_back(absl::StrCat("create tokens (fxn-server token create --data-dir ", data_dir, " --tenant NAME --role client|worker)"));
  if (!tls) fixes.push_back("give a certificate (--tls-cert FILE --tls-key FILE)");
  return absl::FailedPreconditionError(absl::StrCat("refusing to serve ", absl::StrJoin(exposed, ", "), " without ", what,
                                                    ". ", absl::StrJoin(fixes, " and "),
                                                    ", or pass --insecure to serve it so anyway"));
}

}  // namespace fxn::server
