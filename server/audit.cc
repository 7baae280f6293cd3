#include "server/audit.h"

#include <spdlog/spdlog.h>

#include "support/untrusted.h"

namespace fxn::server {

void Audit(const Identity& who, std::string_view method, std::string_view job_id, std::string_view peer) {
  if (who.token_id.empty()) return;
  // The job id comes from the caller: quoted so it cannot forge a line of its own.
  spdlog::info("audit: tenant={} role={} token={} method={} job={} peer={}", who.tenant, RoleName(who.role), who.token_id,
               method, job_id.empty() ? "-" : QuoteForMessage(std::string(job_id)), QuoteForMessage(std::string(peer)));
}

}  // namespace fxn::server
