// Quotas per tenant: how many jobs may be in progress at once, how many may start per minute, and
// how large a push's source and samples may be. Defaults come from flags; a JSON file may set
// other limits per tenant:
//   {"default": {"concurrent_jobs": 50, "jobs_per_minute": 300},
//    "tenants": {"acme": {"concurrent_jobs": 200, "source_bytes": 1048576}}}
// A limit of 0 means none. A refused push is refused before anything is recorded (what is
// already queued is never touched); the refusal says when to try again (RetryAfterSeconds).
#pragma once
#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace fxn::server {

struct TenantQuota {
  int64_t concurrent_jobs = 100;
  int64_t jobs_per_minute = 600;
  int64_t source_bytes = 0;   // 0: only the server's own limit (support/untrusted.h)
  int64_t samples_bytes = 0;  // the samples' JSON, all together
};

struct QuotaConfig {
  TenantQuota defaults;
  std::map<std::string, TenantQuota> tenants;

  const TenantQuota& For(const std::string& tenant) const;
  // Reads the JSON form above over `defaults` (keys it leaves out keep their values). Unknown
  // keys and bad tenant names are errors: a typo must not silently lift a limit.
  static absl::StatusOr<QuotaConfig> FromJson(const std::string& text, const TenantQuota& defaults);
  static absl::StatusOr<QuotaConfig> FromFile(const std::string& path, const TenantQuota& defaults);
};

// A refusal's advice to the caller, carried in the status (gRPC trailing metadata `retry-after`,
// HTTP header Retry-After).
std::optional<int64_t> RetryAfterSeconds(const absl::Status& status);
absl::Status WithRetryAfter(absl::Status status, int64_t seconds);

// The admission check: Submit calls Admit under the scheduler's lock (so not thread-safe itself).
class QuotaGate {
 public:
  using Clock = std::chrono::steady_clock;
  explicit QuotaGate(QuotaConfig config = {}) : config_(std::move(config)) {}

  // OK and the push counted against the tenant's rate, or RESOURCE_EXHAUSTED saying which limit
  // and (for the two that pass with time) when to retry. `quota` names the limit for metrics.
  absl::Status Admit(const std::string& tenant, size_t source_bytes, size_t samples_bytes, int64_t active_jobs,
                     Clock::time_point now, std::string* quota);

 private:
  QuotaConfig config_;
  std::map<std::string, std::deque<Clock::time_point>> recent_;  // per tenant: starts in the last minute
};

}  // namespace fxn::server
