#include "server/tokens.h"

#include <openssl/crypto.h>

#include <chrono>

#include "absl/strings/str_cat.h"
#include "server/index.h"
#include "support/digest.h"
#include "support/untrusted.h"

namespace fxn::server {
namespace {

constexpr size_t kIdHex = 16;      // 8 random bytes: names the token in lists, logs and revocations
constexpr size_t kSecretHex = 64;  // 32 random bytes

bool IsLowerHex(std::string_view s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

bool SameHash(const std::string& a, const std::string& b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

constexpr char kHowToGetOne[] =
    "pass --token or set FXN_TOKEN (fxn-worker: FXN_WORKER_TOKEN); an administrator makes one with "
    "`fxn-server token create --data-dir DIR --tenant NAME --role client|worker|admin`";

}  // namespace

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kClient: return "client";
    case Role::kWorker: return "worker";
    case Role::kAdmin: return "admin";
  }
  return "?";
}

std::optional<Role> ParseRole(std::string_view name) {
  if (name == "client") return Role::kClient;
  if (name == "worker") return Role::kWorker;
  if (name == "admin") return Role::kAdmin;
  return std::nullopt;
}

bool IsTenantName(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  }
  return true;
}

NewToken MakeToken(const std::string& tenant, Role role) {
  NewToken t;
  std::string secret = RandomHex(kSecretHex / 2);
  t.row.id = RandomHex(kIdHex / 2);
  t.row.secret_hash = Sha256Hex(secret);
  t.row.tenant = tenant;
  t.row.role = role;
  t.row.created_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  t.text = absl::StrCat("fxn_", t.row.id, "_", secret);
  return t;
}

std::optional<std::pair<std::string, std::string>> SplitToken(std::string_view text) {
  if (text.size() != 4 + kIdHex + 1 + kSecretHex || text.substr(0, 4) != "fxn_" || text[4 + kIdHex] != '_') {
    return std::nullopt;
  }
  std::string_view id = text.substr(4, kIdHex), secret = text.substr(4 + kIdHex + 1);
  if (!IsLowerHex(id) || !IsLowerHex(secret)) return std::nullopt;
  return std::make_pair(std::string(id), std::string(secret));
}

Authenticator::Authenticator(Index* index, bool required, std::vector<std::pair<std::string, Identity>> ephemeral)
    : index_(index), required_(required) {
  for (auto& [text, identity] : ephemeral) {
    auto parts = SplitToken(text);
    if (parts) ephemeral_.emplace_back(Sha256Hex(parts->second), std::move(identity));
  }
}

absl::StatusOr<Identity> Authenticator::Identify(std::string_view token) const {
  auto parts = SplitToken(token);
  if (!parts) return absl::UnauthenticatedError(absl::StrCat("the token is malformed; ", kHowToGetOne));
  std::string hash = Sha256Hex(parts->second);
  for (const auto& [ephemeral_hash, identity] : ephemeral_) {
    if (identity.token_id == parts->first && SameHash(ephemeral_hash, hash)) return identity;
  }
  auto row = index_ ? index_->FindToken(parts->first) : std::nullopt;
  // One answer for an unknown id, a wrong secret and a revoked token: the caller learns nothing.
  if (!row || row->revoked_ms != 0 || !SameHash(row->secret_hash, hash)) {
    return absl::UnauthenticatedError(absl::StrCat("the token is not valid (unknown or revoked); ", kHowToGetOne));
  }
  return Identity{row->id, row->tenant, row->role};
}

absl::StatusOr<Identity> Authenticator::Check(std::string_view authorization, Role needed) const {
  if (!required_ && authorization.empty()) return Identity{"", "default", needed};
  constexpr std::string_view kBearer = "Bearer ";
  if (authorization.empty()) return absl::UnauthenticatedError(absl::StrCat("this server requires a token; ", kHowToGetOne));
  if (authorization.substr(0, kBearer.size()) != kBearer) {
    return absl::UnauthenticatedError(absl::StrCat("credentials must be `Bearer <token>`; ", kHowToGetOne));
  }
  auto identity = Identify(authorization.substr(kBearer.size()));
  if (!identity.ok()) return identity.status();
  // Workers only work; admins may also do what clients do.
  bool allowed = needed == Role::kWorker  ? identity->role == Role::kWorker
                 : needed == Role::kAdmin ? identity->role == Role::kAdmin
                                          : identity->role == Role::kClient || identity->role == Role::kAdmin;
  if (!allowed) {
    return absl::PermissionDeniedError(absl::StrCat("a ", std::string(RoleName(identity->role)), " token (",
                                                    identity->token_id, ") may not do what needs a ",
                                                    std::string(RoleName(needed)), " token"));
  }
  return identity;
}

}  // namespace fxn::server
