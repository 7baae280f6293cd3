#include "server/quotas.h"

#include <nlohmann/json.hpp>

#include "absl/strings/cord.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "server/tokens.h"
#include "support/files.h"

namespace fxn::server {
namespace {

constexpr char kRetryAfterUrl[] = "type.fxn/retry-after";

absl::Status ReadQuota(const nlohmann::json& j, const std::string& where, TenantQuota* q) {
  if (!j.is_object()) return absl::InvalidArgumentError(absl::StrCat(where, " must be an object"));
  for (const auto& [key, value] : j.items()) {
    int64_t* field = key == "concurrent_jobs"   ? &q->concurrent_jobs
                     : key == "jobs_per_minute" ? &q->jobs_per_minute
                     : key == "source_bytes"    ? &q->source_bytes
                     : key == "samples_bytes"   ? &q->samples_bytes
                                                : nullptr;
    if (!field) {
      return absl::InvalidArgumentError(absl::StrCat(where, ": unknown quota '", key,
                                                     "' (concurrent_jobs, jobs_per_minute, source_bytes, samples_bytes)"));
    }
    if (!value.is_number_integer() || value.get<int64_t>() < 0) {
      return absl::InvalidArgumentError(absl::StrCat(where, ".", key, " must be a whole number >= 0 (0: no limit)"));
    }
    *field = value.get<int64_t>();
  }
  return absl::OkStatus();
}

}  // namespace

const TenantQuota& QuotaConfig::For(const std::string& tenant) const {
  auto it = tenants.find(tenant);
  return it == tenants.end() ? defaults : it->second;
}

absl::StatusOr<QuotaConfig> QuotaConfig::FromJson(const std::string& text, const TenantQuota& defaults) {
  QuotaConfig config;
  config.defaults = defaults;
  auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return absl::InvalidArgumentError("the quota file is not a JSON object");
  for (const auto& [key, value] : j.items()) {
    if (key != "default" && key != "tenants") {
      return absl::InvalidArgumentError(absl::StrCat("the quota file: unknown key '", key, "' (default, tenants)"));
    }
  }
  if (j.contains("default")) {
    if (auto s = ReadQuota(j["default"], "default", &config.defaults); !s.ok()) return s;
  }
  if (j.contains("tenants")) {
    if (!j["tenants"].is_object()) return absl::InvalidArgumentError("tenants must be an object of tenant names");
    for (const auto& [tenant, value] : j["tenants"].items()) {
      if (!IsTenantName(tenant)) return absl::InvalidArgumentError(absl::StrCat("'", tenant, "' is not a tenant name"));
      TenantQuota q = config.defaults;
      if (auto s = ReadQuota(value, "tenants." + tenant, &q); !s.ok()) return s;
      config.tenants[tenant] = q;
    }
  }
  return config;
}

absl::StatusOr<QuotaConfig> QuotaConfig::FromFile(const std::string& path, const TenantQuota& defaults) {
  auto text = ReadFile(path);
  if (!text.ok()) return absl::NotFoundError(absl::StrCat("cannot read the quota file ", path));
  auto config = FromJson(*text, defaults);
  if (!config.ok()) return absl::InvalidArgumentError(absl::StrCat(path, ": ", config.status().message()));
  return config;
}

std::optional<int64_t> RetryAfterSeconds(const absl::Status& status) {
  auto payload = status.GetPayload(kRetryAfterUrl);
  int64_t seconds = 0;
  if (!payload || !absl::SimpleAtoi(std::string(*payload), &seconds)) return std::nullopt;
  return seconds;
}

absl::Status WithRetryAfter(absl::Status status, int64_t seconds) {
  status.SetPayload(kRetryAfterUrl, absl::Cord(absl::StrCat(seconds)));
  return status;
}

absl::Status QuotaGate::Admit(const std::string& tenant, size_t source_bytes, size_t samples_bytes, int64_t active_jobs,
                              Clock::time_point now, std::string* quota) {
  const TenantQuota& q = config_.For(tenant);
  if (q.source_bytes > 0 && source_bytes > static_cast<size_t>(q.source_bytes)) {
    *quota = "source_bytes";
    return absl::ResourceExhaustedError(absl::StrCat("the source is ", source_bytes, " bytes; tenant ", tenant,
                                                     "'s quota is ", q.source_bytes, " bytes per push"));
  }
  if (q.samples_bytes > 0 && samples_bytes > static_cast<size_t>(q.samples_bytes)) {
    *quota = "samples_bytes";
    return absl::ResourceExhaustedError(absl::StrCat("the samples are ", samples_bytes, " bytes of JSON; tenant ", tenant,
                                                     "'s quota is ", q.samples_bytes, " bytes per push"));
  }
  if (q.concurrent_jobs > 0 && active_jobs >= q.concurrent_jobs) {
    *quota = "concurrent_jobs";
    return WithRetryAfter(absl::ResourceExhaustedError(absl::StrCat(
                              "tenant ", tenant, " has ", active_jobs, " jobs in progress, its quota; retry after 2 s")),
                          2);
  }
  auto& recent = recent_[tenant];
  while (!recent.empty() && now - recent.front() >= std::chrono::minutes(1)) recent.pop_front();
  if (q.jobs_per_minute > 0 && static_cast<int64_t>(recent.size()) >= q.jobs_per_minute) {
    *quota = "jobs_per_minute";
    auto wait = std::chrono::ceil<std::chrono::seconds>(recent.front() + std::chrono::minutes(1) - now).count();
    wait = std::max<int64_t>(wait, 1);
    return WithRetryAfter(absl::ResourceExhaustedError(absl::StrCat("tenant ", tenant, " started ", recent.size(),
                                                                    " jobs in the last minute, its quota; retry after ",
                                                                    wait, " s")),
                          wait);
  }
  recent.push_back(now);
  return absl::OkStatus();
}

}  // namespace fxn::server
