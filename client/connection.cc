#include "client/connection.h"

#include "client/lazy_worker.h"

#include <fcntl.h>
#include <grpcpp/grpcpp.h>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "server/scheduler.h"
#include "server/server.h"
#include "server/tokens.h"
#include "support/files.h"
#include "support/untrusted.h"
#include "toolchains/toolchain.h"
#include "tracer_sandbox/trace_client.h"
#include "worker/worker.h"

namespace fxn::client {

namespace {

// A string setting: the flag, else the environment variable, else the key of
// $XDG_CONFIG_HOME/fxn/config.json (or ~/.config/fxn/config.json).
std::string Setting(const std::string& flag, const char* env_name, const char* key) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv(env_name); env && *env) return env;
  std::string config;
  if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x) config = absl::StrCat(x, "/fxn/config.json");
  else if (const char* h = std::getenv("HOME"); h && *h) config = absl::StrCat(h, "/.config/fxn/config.json");
  if (auto text = ReadFile(config); text.ok()) {
    auto json = nlohmann::json::parse(*text, nullptr, false);
    if (json.is_object() && json.contains(key) && json[key].is_string()) return json[key];
  }
  return "";
}

// A number setting: the flag when given (>= 0), else the environment variable, else the key of
// the config file (a JSON number or a decimal string), else 0.
int64_t NumberSetting(int64_t flag, const char* env_name, const char* key) {
  if (flag >= 0) return flag;
  std::string text;
  if (const char* env = std::getenv(env_name); env && *env) {
    text = env;
  } else {
    std::string config;
    if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x) config = absl::StrCat(x, "/fxn/config.json");
    else if (const char* h = std::getenv("HOME"); h && *h) config = absl::StrCat(h, "/.config/fxn/config.json");
    if (auto file = ReadFile(config); file.ok()) {
      auto json = nlohmann::json::parse(*file, nullptr, false);
      if (json.is_object() && json.contains(key) && json[key].is_number_integer()) return json[key].get<int64_t>();
      if (json.is_object() && json.contains(key) && json[key].is_string()) text = json[key].get<std::string>();
    }
  }
  int64_t value = 0;
  return absl::SimpleAtoi(text, &value) && value >= 0 ? value : 0;
}

}  // namespace

int64_t ConfiguredFuzzInputs(int64_t flag) { return NumberSetting(flag, "FXN_FUZZ", "fuzz"); }
uint64_t ConfiguredFuzzSeed(int64_t flag) { return static_cast<uint64_t>(NumberSetting(flag, "FXN_FUZZ_SEED", "fuzz_seed")); }

std::string ConfiguredServer(const std::string& server_flag) { return Setting(server_flag, "FXN_SERVER", "server"); }

std::string ConfiguredToken(const std::string& token_flag) { return Setting(token_flag, "FXN_TOKEN", "token"); }

std::string ConfiguredTlsCa(const std::string& tls_ca_flag) { return Setting(tls_ca_flag, "FXN_TLS_CA", "tls_ca"); }

void Connection::Authorize(grpc::ClientContext& ctx) const {
  if (!token_.empty()) ctx.AddMetadata("authorization", "Bearer " + token_);
}

absl::StatusOr<std::unique_ptr<Connection>> Connection::Open(const Endpoint& flags,
                                                             const std::vector<std::string>& targets) {
  std::unique_ptr<Connection> c(new Connection());
  std::string address = ConfiguredServer(flags.server);
  std::string worker_token;
  if (address.empty()) {
    // The embedded default: a server and a worker in this process. Processes share the data
    // directory's caches; each minds only its own jobs. The worker serves exactly the targets
    // asked for (each costs a toolchain digest), and none when nothing will be compiled
    // (`fxn status`, `fxn pull`).
    std::string data_dir = DefaultCacheDir() + "/local";
    spdlog::set_level(spdlog::level::warn);  // the CLI speaks for itself; logs are the daemon's
    server::ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.data_dir = data_dir;
    options.recover = false;
    // Tokens that exist only in this process: another local user's process reaching the
    // loopback port can neither lease this push's tasks (and read its source) nor push.
    auto client = server::MakeToken("local", server::Role::kClient);
    auto worker = server::MakeToken("local", server::Role::kWorker);
    options.ephemeral_tokens = {{client.text, {client.row.id, "local", server::Role::kClient}},
                                {worker.text, {worker.row.id, "local", server::Role::kWorker}}};
    c->token_ = client.text;
    worker_token = worker.text;
    if (!targets.empty()) {
      // Started by the server's first queued task (client/lazy_worker.h): a cache hit needs none.
      worker::WorkerOptions wopts;
      wopts.token = worker_token;
      wopts.worker_id = absl::StrCat("embedded-", getpid());
      wopts.slots = 2;
      wopts.trace_timeout_seconds = tracer::TraceTimeoutFromEnvironment();
      wopts.targets = targets;
      wopts.warm_targets = targets;
      c->worker_ = std::make_unique<LazyWorker>(std::move(wopts));
      options.on_task_queued = [lazy = c->worker_.get()] { lazy->WorkArrived(); };
      // The digests this binary's worker will advertise, so a cache hit is one of this fxn's
      // runtime and this clang, never of the fxn that last used the cache (opening a toolchain
      // hashes what it needs, memoized by path, size and mtime: no compile, no sandbox).
      for (const auto& name : targets) {
        const auto* target = toolchains::FindTarget(name);
        if (!target) continue;
        if (auto tc = toolchains::Toolchain::Open(*target, DefaultCacheDir()); tc.ok())
          options.known_toolchains[name] = tc->digest();
      }
    }
    auto server = server::Server::Start(options);
    if (!server.ok()) return server.status();
    c->server_ = std::move(*server);
    if (c->worker_) c->worker_->Attach(c->server_.get());
    address = c->server_->address();
  }
  c->address_ = address;
  if (!c->server_) {
    c->token_ = ConfiguredToken(flags.token);
    c->tls_.ca_file = ConfiguredTlsCa(flags.tls_ca);
  }
  auto credentials = MakeChannelCredentials(c->tls_);
  if (!credentials.ok()) return credentials.status();
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(64 << 20);
  args.SetMaxSendMessageSize(static_cast<int>(kMaxSourceBytes + kMaxSamplesBytes + (1 << 20)));
  // Reconnect quickly when a server comes back (gRPC's default backoff grows to 2 minutes).
  // The minimum backoff stays at its default: it is also the connect timeout, and 20 s lets a
  // busy server finish its handshakes.
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 200);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 2000);
  c->stub_ = proto::Compiler::NewStub(grpc::CreateCustomChannel(address, *credentials, args));
  return c;
}

Connection::~Connection() {
  if (worker_) worker_->Stop();
  if (server_) server_->Shutdown();
}

}  // namespace fxn::client
