#include "server/metrics.h"

#include <gtest/gtest.h>

namespace fxn::server {
namespace {

TEST(Metrics, RendersPrometheusText) {
  Metrics m;
  m.Count("fxn_jobs_submitted_total", {{"tenant", "acme"}});
  m.Count("fxn_jobs_submitted_total", {{"tenant", "acme"}});
  m.Count("fxn_quota_refusals_total", {{"tenant", "a\"b"}, {"quota", "x"}});
  m.Observe("fxn_stage_seconds", {{"stage", "trace"}}, 0.3);
  m.Observe("fxn_stage_seconds", {{"stage", "trace"}}, 2000);
  std::string text = m.Render({{"fxn_workers", {{{{"target", "linux-x86_64"}}, 2}}}});
  EXPECT_NE(text.find("# TYPE fxn_jobs_submitted_total counter\nfxn_jobs_submitted_total{tenant=\"acme\"} 2\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("fxn_quota_refusals_total{tenant=\"a\\\"b\",quota=\"x\"} 1"), std::string::npos) << text;
  EXPECT_NE(text.find("fxn_stage_seconds_bucket{stage=\"trace\",le=\"0.25\"} 0\n"), std::string::npos) << text;
  EXPECT_NE(text.find("fxn_stage_seconds_bucket{stage=\"trace\",le=\"0.5\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("fxn_stage_seconds_bucket{stage=\"trace\",le=\"+Inf\"} 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("fxn_stage_seconds_count{stage=\"trace\"} 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("fxn_workers{target=\"linux-x86_64\"} 2\n"), std::string::npos) << text;
  EXPECT_EQ(m.Value("fxn_jobs_submitted_total", {{"tenant", "acme"}}), 2);
}

}  // namespace
}  // namespace fxn::server
