#include "support/tls.h"

#include <fcntl.h>
#include <grpcpp/security/credentials.h>
#include <netdb.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <csignal>
#include <memory>
#include <vector>

#include "absl/strings/str_cat.h"
#include "support/files.h"

namespace fxn {
namespace {

struct BioFree {
  void operator()(BIO* b) const { BIO_free(b); }
};
struct X509Free {
  void operator()(X509* x) const { X509_free(x); }
};
struct KeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct CtxFree {
  void operator()(SSL_CTX* c) const { SSL_CTX_free(c); }
};
struct SslFree {
  void operator()(SSL* s) const { SSL_free(s); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

std::string AsnTime(const ASN1_TIME* t) {
  std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
  ASN1_TIME_print(bio.get(), t);
  char* data = nullptr;
  long n = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, n > 0 ? static_cast<size_t>(n) : 0);
}

// Every certificate of a PEM file, in order.
absl::StatusOr<std::vector<X509Ptr>> ReadCertificates(const std::string& file, std::string* text = nullptr) {
  auto pem = ReadFile(file);
  if (!pem.ok()) return absl::NotFoundError(absl::StrCat("cannot read certificate file ", file, ": ", pem.status().message()));
  std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem->data(), static_cast<int>(pem->size())));
  std::vector<X509Ptr> certs;
  while (X509* x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) certs.emplace_back(x);
  ERR_clear_error();  // the read past the last certificate
  if (certs.empty()) return absl::InvalidArgumentError(absl::StrCat(file, " holds no PEM certificate (-----BEGIN CERTIFICATE-----)"));
  if (text) *text = std::move(*pem);
  return certs;
}

absl::Status CheckValidNow(const std::string& file, X509* cert) {
  if (X509_cmp_current_time(X509_get0_notAfter(cert)) < 0) {
    return absl::FailedPreconditionError(
        absl::StrCat("the certificate in ", file, " expired on ", AsnTime(X509_get0_notAfter(cert)), ": make a new one"));
  }
  if (X509_cmp_current_time(X509_get0_notBefore(cert)) > 0) {
    return absl::FailedPreconditionError(
        absl::StrCat("the certificate in ", file, " is not valid before ", AsnTime(X509_get0_notBefore(cert)), " (check the clock)"));
  }
  return absl::OkStatus();
}

std::string OpenSslError() {
  unsigned long e = ERR_get_error();
  ERR_clear_error();
  if (e == 0) return "";
  char buf[256];
  ERR_error_string_n(e, buf, sizeof buf);
  const char* reason = ERR_reason_error_string(e);
  return reason ? reason : buf;
}

// A connected TCP socket to host:port within `timeout_ms`, or -1.
int ConnectTcp(const std::string& host, const std::string& port, int timeout_ms) {
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (getaddrinfo(host.c_str(), port.c_str(), &hints, &found) != 0) return -1;
  int fd = -1;
  for (addrinfo* a = found; a && fd < 0; a = a->ai_next) {
    fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    int rc = connect(fd, a->ai_addr, a->ai_addrlen);
    if (rc != 0 && errno == EINPROGRESS) {
      pollfd p{fd, POLLOUT, 0};
      int err = 0;
      socklen_t len = sizeof err;
      rc = poll(&p, 1, timeout_ms) == 1 && getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0 ? 0 : -1;
    }
    if (rc != 0) {
      close(fd);
      fd = -1;
      continue;
    }
    fcntl(fd, F_SETFL, flags);
    timeval tv{timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  }
  freeaddrinfo(found);
  return fd;
}

}  // namespace

absl::Status CheckCaFile(const std::string& ca_file) {
  auto certs = ReadCertificates(ca_file);
  return certs.ok() ? absl::OkStatus() : certs.status();
}

absl::Status CheckCertificateAndKey(const std::string& cert_file, const std::string& key_file) {
  if (cert_file.empty() != key_file.empty()) {
    return absl::InvalidArgumentError("a certificate needs its private key and a key its certificate: give both files");
  }
  auto certs = ReadCertificates(cert_file);
  if (!certs.ok()) return certs.status();
  if (auto st = CheckValidNow(cert_file, (*certs)[0].get()); !st.ok()) return st;
  auto pem = ReadFile(key_file);
  if (!pem.ok()) return absl::NotFoundError(absl::StrCat("cannot read key file ", key_file, ": ", pem.status().message()));
  std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem->data(), static_cast<int>(pem->size())));
  std::unique_ptr<EVP_PKEY, KeyFree> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
  if (!key) {
    ERR_clear_error();
    return absl::InvalidArgumentError(absl::StrCat(key_file, " holds no unencrypted PEM private key"));
  }
  if (X509_check_private_key((*certs)[0].get(), key.get()) != 1) {
    ERR_clear_error();
    return absl::InvalidArgumentError(absl::StrCat("the key in ", key_file, " is not the key of the certificate in ", cert_file));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> MakeChannelCredentials(const ChannelTls& tls) {
  if (!tls.enabled()) {
    if (!tls.cert_file.empty()) return absl::InvalidArgumentError("a client certificate needs TLS: give the server's CA with --tls-ca");
    return grpc::InsecureChannelCredentials();
  }
  grpc::SslCredentialsOptions options;
  std::string ca;
  auto certs = ReadCertificates(tls.ca_file, &ca);
  if (!certs.ok()) return certs.status();
  options.pem_root_certs = std::move(ca);
  if (!tls.cert_file.empty() || !tls.key_file.empty()) {
    if (auto st = CheckCertificateAndKey(tls.cert_file, tls.key_file); !st.ok()) return st;
    options.pem_cert_chain = *ReadFile(tls.cert_file);
    options.pem_private_key = *ReadFile(tls.key_file);
  }
  return grpc::SslCredentials(options);
}

std::string DiagnoseConnection(const std::string& address, const ChannelTls& tls, int timeout_ms) {
  std::string target = address;
  for (const char* scheme : {"dns:///", "ipv4:", "ipv6:"}) {
    if (target.rfind(scheme, 0) == 0) target = target.substr(std::string(scheme).size());
  }
  size_t colon = target.rfind(':');
  if (colon == std::string::npos) return "";
  std::string host = target.substr(0, colon), port = target.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  // A peer that closes mid-handshake must not end the caller with SIGPIPE (fxn and fxn-worker
  // write to no pipe whose reader matters more than this message).
  signal(SIGPIPE, SIG_IGN);
  int fd = ConnectTcp(host, port, timeout_ms);
  if (fd < 0) return "";

  std::unique_ptr<SSL_CTX, CtxFree> ctx(SSL_CTX_new(TLS_client_method()));
  // Verification is judged after the handshake (SSL_get_verify_result), so a bad certificate
  // is told apart from a server that speaks no TLS at all.
  SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr);
  if (tls.enabled() && SSL_CTX_load_verify_locations(ctx.get(), tls.ca_file.c_str(), nullptr) != 1) {
    close(fd);
    return absl::StrCat("cannot load the CA certificates in ", tls.ca_file, ": ", OpenSslError());
  }
  if (!tls.cert_file.empty() && (SSL_CTX_use_certificate_chain_file(ctx.get(), tls.cert_file.c_str()) != 1 ||
                                 SSL_CTX_use_PrivateKey_file(ctx.get(), tls.key_file.c_str(), SSL_FILETYPE_PEM) != 1)) {
    ERR_clear_error();
  }
  SSL_CTX_set_alpn_protos(ctx.get(), reinterpret_cast<const unsigned char*>("\x02h2"), 3);
  std::unique_ptr<SSL, SslFree> ssl(SSL_new(ctx.get()));
  SSL_set_fd(ssl.get(), fd);
  in6_addr ip;
  bool is_ip = inet_pton(AF_INET, host.c_str(), &ip) == 1 || inet_pton(AF_INET6, host.c_str(), &ip) == 1;
  if (is_ip) {
    X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl.get()), host.c_str());
  } else {
    SSL_set_tlsext_host_name(ssl.get(), host.c_str());
    SSL_set1_host(ssl.get(), host.c_str());
  }
  ERR_clear_error();
  int handshake = SSL_connect(ssl.get());
  std::string why;
  if (handshake != 1) {
    std::string error = OpenSslError();
    if (tls.enabled()) {
      why = absl::StrCat("the server at ", address, " did not complete a TLS handshake", error.empty() ? "" : " (" + error + ")",
                         ": it may serve plain text (then drop --tls-ca / FXN_TLS_CA), or refuse this client's certificate");
    }
  } else if (!tls.enabled()) {
    why = absl::StrCat("the server at ", address,
                       " serves TLS: give the CA certificate that signed its certificate with --tls-ca FILE (or FXN_TLS_CA)");
  } else if (long verify = SSL_get_verify_result(ssl.get()); verify != X509_V_OK) {
    why = absl::StrCat("the certificate of the server at ", address, " does not verify against ", tls.ca_file, ": ",
                       X509_verify_cert_error_string(verify));
    if (verify == X509_V_ERR_CERT_HAS_EXPIRED) {
      if (X509* peer = SSL_get0_peer_certificate(ssl.get())) absl::StrAppend(&why, " (on ", AsnTime(X509_get0_notAfter(peer)), ")");
    }
    if (verify == X509_V_ERR_IP_ADDRESS_MISMATCH || verify == X509_V_ERR_HOSTNAME_MISMATCH) {
      absl::StrAppend(&why, ": its subjectAltName does not name ", host);
    }
  } else {
    // The handshake and the certificate are fine; a server that rejects this client's
    // certificate says so with an alert after the handshake (TLS 1.3), where a gRPC server
    // would send its HTTP/2 settings.
    char byte;
    ERR_clear_error();
    if (SSL_read(ssl.get(), &byte, 1) <= 0) {
      std::string error = OpenSslError();
      if (!error.empty() && error.find("alert") != std::string::npos) {
        why = absl::StrCat("the server at ", address, " refused this client's certificate (", error, ")",
                           tls.cert_file.empty() ? ": it requires one (--tls-cert and --tls-key)" : "");
      }
    }
  }
  close(fd);
  return why;
}

}  // namespace fxn
