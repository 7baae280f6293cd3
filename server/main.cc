// fxn-server: the compile service. Workers connect to it; clients push to it.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <ctime>
#include <filesystem>

#include <iostream>
#include <nlohmann/json.hpp>

#include "server/index.h"
#include "server/purge.h"
#include "server/server.h"
#include "server/tokens.h"
#include "support/files.h"

namespace {
std::atomic<bool> g_stop{false};

std::string Iso8601(int64_t ms) {
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

// `fxn-server token create|list|revoke`: tokens live in the data directory's index, which the
// server reads on every call (a revocation takes effect on the next one).
int TokenCommand(const std::string& action, const std::string& data_dir, const std::string& tenant,
                 const std::string& role_name, const std::string& id, bool json) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  auto index = fxn::server::Index::Open(data_dir + "/index.sqlite");
  if (!index.ok()) {
    std::cerr << "fxn-server: " << index.status().message() << "\n";
    return 1;
  }
  if (action == "create") {
    auto role = fxn::server::ParseRole(role_name);
    if (!role) {
      std::cerr << "fxn-server: --role must be client, worker or admin\n";
      return 2;
    }
    std::string owner = *role == fxn::server::Role::kWorker && tenant.empty() ? "workers" : tenant;
    if (!fxn::server::IsTenantName(owner)) {
      std::cerr << "fxn-server: --tenant must be 1-64 of a-z, 0-9, '-' and '_'\n";
      return 2;
    }
    auto token = fxn::server::MakeToken(owner, *role);
    if (auto st = (*index)->InsertToken(token.row); !st.ok()) {
      std::cerr << "fxn-server: " << st.message() << "\n";
      return 1;
    }
    if (json) {
      std::cout << nlohmann::json{{"id", token.row.id}, {"tenant", owner}, {"role", role_name}, {"token", token.text}}.dump()
                << "\n";
    } else {
      std::cout << token.text << "\n";
      std::cerr << "token " << token.row.id << " (tenant " << owner << ", " << role_name
                << "): shown once; the server keeps only its hash\n";
    }
    return 0;
  }
  if (action == "list") {
    for (const auto& t : (*index)->Tokens()) {
      if (json) {
        std::cout << nlohmann::json{{"id", t.id}, {"tenant", t.tenant}, {"role", std::string(fxn::server::RoleName(t.role))},
                                    {"created", Iso8601(t.created_ms)},
                                    {"revoked", t.revoked_ms ? nlohmann::json(Iso8601(t.revoked_ms)) : nlohmann::json(nullptr)}}
                         .dump()
                  << "\n";
      } else {
        std::cout << t.id << "  " << t.tenant << "  " << fxn::server::RoleName(t.role) << "  created "
                  << Iso8601(t.created_ms) << (t.revoked_ms ? "  revoked " + Iso8601(t.revoked_ms) : "") << "\n";
      }
    }
    return 0;
  }
  if (auto st = (*index)->RevokeToken(id); !st.ok()) {
    std::cerr << "fxn-server: " << st.message() << " (fxn-server token list shows the ids)\n";
    return 1;
  }
  if (json) std::cout << nlohmann::json{{"revoked", id}}.dump() << "\n";
  else std::cout << "revoked " << id << "\n";
  return 0;
}

// `fxn-server purge --worker ID`: see server/purge.h.
int PurgeCommand(const std::string& data_dir, const std::string& worker, bool json) {
  auto report = fxn::server::PurgeWorker(data_dir, worker);
  if (!report.ok()) {
    std::cerr << "fxn-server: " << report.status().message() << "\n";
    return 1;
  }
  if (json) {
    std::cout << nlohmann::json{{"worker", worker}, {"artifacts", report->rows.artifacts}, {"traces", report->rows.traces},
                                {"blobs_removed", report->blobs_removed}}
                     .dump()
              << "\n";
  } else {
    std::cout << "purged " << report->rows.artifacts << " artifacts and " << report->rows.traces << " traces built by worker token "
              << worker << " (" << report->blobs_removed << " blobs removed); the next push of each rebuilds it\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"fxn-server: trace, compile and cache Python functions for fxn clients and workers"};
  fxn::server::ServerOptions options;
  options.data_dir = fxn::DefaultCacheDir() + "/server";
  app.add_option("--listen", options.listen, "gRPC address (host:port)")->capture_default_str();
  app.add_option("--http", options.http_listen, "HTTP/JSON address (host:port); off when empty");
  app.add_option("--data-dir", options.data_dir, "SQLite index and blob store")->capture_default_str();
  app.add_option("--lease-ms", options.lease_ms, "a task's lease; a worker silent this long loses it")->capture_default_str();
  app.add_flag("--require-tokens", options.require_tokens,
               "every call needs a token (also on whenever the data directory holds active tokens)");
  app.add_flag("--insecure", options.insecure, "serve a non-loopback address without TLS or without tokens");
  app.add_option("--tls-cert", options.tls.cert_file, "PEM certificate (chain): serve gRPC and HTTP over TLS");
  app.add_option("--tls-key", options.tls.key_file, "PEM private key of --tls-cert");
  app.add_option("--worker-ca", options.tls.worker_ca_file,
                 "PEM CA: workers must present a client certificate it signed (clients need none)");
  app.add_flag("--shared-cache", options.shared_cache,
               "tenants share cache hits on identical content (default: each tenant's cache is its own)");
  std::string quota_file;
  fxn::server::TenantQuota quota_defaults;
  app.add_option("--quota-config", quota_file, "JSON quotas per tenant over the defaults below (server/quotas.h)");
  app.add_option("--quota-concurrent-jobs", quota_defaults.concurrent_jobs, "jobs in progress per tenant (0: no limit)")
      ->capture_default_str();
  app.add_option("--quota-jobs-per-minute", quota_defaults.jobs_per_minute, "jobs started per tenant per minute (0: no limit)")
      ->capture_default_str();
  app.add_option("--quota-source-bytes", quota_defaults.source_bytes, "bytes of source per push (0: the server's own limit)")
      ->capture_default_str();
  app.add_option("--quota-samples-bytes", quota_defaults.samples_bytes,
                 "bytes of samples' JSON per push (0: the server's own limit)")
      ->capture_default_str();

  std::string token_data_dir = options.data_dir, tenant, role = "client", token_id;
  bool token_json = false;
  auto* token = app.add_subcommand("token", "make, list and revoke the tokens callers present");
  token->require_subcommand(1, 1);
  auto* create = token->add_subcommand("create", "make a token and print it once (only its hash is stored)");
  create->add_option("--tenant", tenant, "whose jobs and artifacts it reaches (a-z, 0-9, -, _); workers: any");
  create->add_option("--role", role, "client (push, status, download), worker (lease and run tasks) or admin")
      ->capture_default_str();
  auto* list = token->add_subcommand("list", "every token's id, tenant, role, creation and revocation (never the secret)");
  auto* revoke = token->add_subcommand("revoke", "revoke a token: its next call is refused");
  revoke->add_option("id", token_id, "the token's id (fxn-server token list)")->required();
  for (auto* sub : {create, list, revoke}) {
    sub->add_option("--data-dir", token_data_dir, "the server's data directory")->capture_default_str();
    sub->add_flag("--json", token_json, "one JSON object per line");
  }
  app.footer("Example:\n  fxn-server --listen 127.0.0.1:7070 --http 127.0.0.1:7071 --data-dir /var/lib/fxn\n"
             "  fxn-worker --server 127.0.0.1:7070\n  FXN_SERVER=127.0.0.1:7070 fxn push f.py --inputs '[1]'\n"
             "With tokens (required once any exists in the data directory):\n"
             "  fxn-server token create --data-dir /var/lib/fxn --tenant acme --role client\n"
             "  fxn-server token create --data-dir /var/lib/fxn --role worker\n"
             "  fxn-worker --server HOST:7070 --token $WORKER_TOKEN ; FXN_TOKEN=... fxn push f.py --inputs '[1]'\n"
             "Beyond loopback, with TLS too (or --insecure):\n"
             "  fxn-server --listen 0.0.0.0:7070 --http 0.0.0.0:7071 --tls-cert server.crt --tls-key server.key\n"
             "  fxn-worker --server HOST:7070 --token $WORKER_TOKEN --tls-ca ca.crt\n"
             "  FXN_TLS_CA=ca.crt FXN_TOKEN=... FXN_SERVER=HOST:7070 fxn push f.py --inputs '[1]'");
  std::string purge_data_dir = options.data_dir, purge_worker;
  bool purge_json = false;
  auto* purge = app.add_subcommand("purge", "drop every cached artifact and trace a worker token produced (the next push rebuilds)");
  purge->add_option("--worker", purge_worker, "the worker token's id (fxn-server token list)")->required();
  purge->add_option("--data-dir", purge_data_dir, "the server's data directory")->capture_default_str();
  purge->add_flag("--json", purge_json, "one JSON object");
  CLI11_PARSE(app, argc, argv);
  if (purge->parsed()) return PurgeCommand(purge_data_dir, purge_worker, purge_json);
  options.quotas.defaults = quota_defaults;
  if (!quota_file.empty()) {
    auto quotas = fxn::server::QuotaConfig::FromFile(quota_file, quota_defaults);
    if (!quotas.ok()) {
      spdlog::error("{}", std::string(quotas.status().message()));
      return 2;
    }
    options.quotas = *quotas;
  }
  if (token->parsed()) {
    std::string action = create->parsed() ? "create" : list->parsed() ? "list" : "revoke";
    return TokenCommand(action, token_data_dir, tenant, role, token_id, token_json);
  }

  auto server = fxn::server::Server::Start(options);
  if (!server.ok()) {
    spdlog::error("{}", std::string(server.status().message()));
    return 1;
  }
  std::signal(SIGINT, [](int) { g_stop = true; });
  std::signal(SIGTERM, [](int) { g_stop = true; });
  while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  spdlog::info("fxn-server: shutting down");
  (*server)->Shutdown();
  return 0;
}
