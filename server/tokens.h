// Who may call the server: tokens, their roles and tenants, and the check every call passes.
// A token is shown once when it is made ("fxn_<id>_<secret>"); the index keeps its id, the
// SHA-256 of its secret, its tenant and role (server/index.h, table `tokens`), so a copy of
// the data directory does not hand out credentials. See WORKSPACE.md, "Identity".
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace fxn::server {

class Index;

enum class Role { kClient, kWorker, kAdmin };
std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);

// What a valid token says about its caller.
struct Identity {
  std::string token_id;  // "" for the anonymous caller of a server that requires no tokens
  std::string tenant;
  Role role = Role::kClient;
};

struct TokenRow {
  std::string id;
  std::string secret_hash;  // SHA-256 hex of the secret
  std::string tenant;
  Role role = Role::kClient;
  int64_t created_ms = 0;
  int64_t revoked_ms = 0;  // 0: active
};

// A new token: the text to show once, and the row to store.
struct NewToken {
  std::string text;
  TokenRow row;
};
NewToken MakeToken(const std::string& tenant, Role role);

// (id, secret) of a token's text, or nullopt when it is not one (never echoes it back).
std::optional<std::pair<std::string, std::string>> SplitToken(std::string_view text);

// A tenant name: 1-64 of [a-z0-9-_], so it is safe in logs, paths and metric labels.
bool IsTenantName(std::string_view name);

// Checks the credentials of each call. With `required` false (a server on loopback that an
// operator gave no tokens) every call is the anonymous client and worker of tenant "default".
// `ephemeral`: tokens that live only in this process (the embedded server of `fxn push` makes
// one for its own client and one for its own worker).
class Authenticator {
 public:
  Authenticator(Index* index, bool required, std::vector<std::pair<std::string, Identity>> ephemeral = {});

  bool required() const { return required_; }
  // `authorization`: the caller's "Bearer <token>" (gRPC metadata or HTTP header), "" when absent.
  // UNAUTHENTICATED without a valid token, PERMISSION_DENIED when its role may not do `action`.
  absl::StatusOr<Identity> Check(std::string_view authorization, Role needed) const;

 private:
  absl::StatusOr<Identity> Identify(std::string_view token) const;

  Index* index_;
  bool required_;
  std::vector<std::pair<std::string, Identity>> ephemeral_;  // (secret hash, identity)
};

}  // namespace fxn::server
