// Tenants: every job, event, download and cached artifact belongs to the tenant of the token that
// pushed it (a server without tokens, and fxn push's embedded one, have one tenant each). Another
// tenant's job id or artifact digest answers exactly like one that never existed. See
// WORKSPACE.md, "Tenants, quotas, metrics".
#pragma once
#include <string>

namespace fxn::server {

// The tenant of a server's anonymous callers (no tokens required) and of rows made before
// tenants existed.
inline constexpr const char* kDefaultTenant = "default";

// The part of a cache key that separates tenants: their tenant, or "" when the operator lets
// tenants share hits on identical content (--shared-cache). Per tenant by default, so one tenant
// cannot learn from a cache hit's timing that another pushed the same function.
inline std::string CacheScope(const std::string& tenant, bool shared_cache) { return shared_cache ? "" : tenant; }

}  // namespace fxn::server
