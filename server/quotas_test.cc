#include "server/quotas.h"

#include <gtest/gtest.h>

namespace fxn::server {
namespace {

TEST(Quotas, AFileSetsDefaultsAndTenantsAndRefusesTypos) {
  TenantQuota flags;
  flags.concurrent_jobs = 7;
  auto config = QuotaConfig::FromJson(R"({"default": {"jobs_per_minute": 5},
                                          "tenants": {"acme": {"concurrent_jobs": 0, "source_bytes": 100}}})",
                                      flags);
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->For("other").concurrent_jobs, 7);
  EXPECT_EQ(config->For("other").jobs_per_minute, 5);
  EXPECT_EQ(config->For("acme").concurrent_jobs, 0);
  EXPECT_EQ(config->For("acme").jobs_per_minute, 5);  // from the file's defaults
  EXPECT_EQ(config->For("acme").source_bytes, 100);
  EXPECT_FALSE(QuotaConfig::FromJson(R"({"default": {"jobs_per_minit": 5}})", flags).ok());
  EXPECT_FALSE(QuotaConfig::FromJson(R"({"tenants": {"Bad/Name": {}}})", flags).ok());
  EXPECT_FALSE(QuotaConfig::FromJson(R"({"default": {"concurrent_jobs": -1}})", flags).ok());
  EXPECT_FALSE(QuotaConfig::FromJson("[", flags).ok());
}

TEST(Quotas, TheRateWindowSaysWhenToRetry) {
  QuotaConfig config;
  config.defaults.jobs_per_minute = 2;
  QuotaGate gate(config);
  auto t0 = QuotaGate::Clock::now();
  std::string quota;
  EXPECT_TRUE(gate.Admit("a", 1, 1, 0, t0, &quota).ok());
  EXPECT_TRUE(gate.Admit("a", 1, 1, 0, t0 + std::chrono::seconds(10), &quota).ok());
  auto refused = gate.Admit("a", 1, 1, 0, t0 + std::chrono::seconds(20), &quota);
  EXPECT_EQ(refused.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(quota, "jobs_per_minute");
  EXPECT_EQ(RetryAfterSeconds(refused), 40);
  EXPECT_TRUE(gate.Admit("b", 1, 1, 0, t0 + std::chrono::seconds(20), &quota).ok());  // per tenant
  EXPECT_TRUE(gate.Admit("a", 1, 1, 0, t0 + std::chrono::seconds(61), &quota).ok());
  EXPECT_FALSE(RetryAfterSeconds(absl::ResourceExhaustedError("x")));
}

}  // namespace
}  // namespace fxn::server
