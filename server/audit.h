// The audit log: one line per authenticated call, naming the tenant, role, token id, method and
// job (when the call names or makes one) - never a token's secret or a request's contents.
#pragma once
#include <string_view>

#include "server/tokens.h"

namespace fxn::server {

// `peer`: the caller's address as the transport reports it. Calls from a server that requires
// no tokens are anonymous and not audited (there is nobody to name).
void Audit(const Identity& who, std::string_view method, std::string_view job_id, std::string_view peer);

}  // namespace fxn::server
