// The dashboard's embedded files: what each path answers, and the headers that keep hostile
// text inert.
#include "server/dashboard.h"

#include <gtest/gtest.h>

#include <string>

namespace fxn::server {
namespace {

TEST(DashboardTest, ThePageItsScriptAndStyleAreEmbedded) {
  auto page = FindDashboardAsset("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->content_type, "text/html; charset=utf-8");
  EXPECT_NE(page->contents.find("/dashboard/app.js"), std::string_view::npos);
  auto script = FindDashboardAsset("/dashboard/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->content_type, "text/javascript; charset=utf-8");
  auto style = FindDashboardAsset("/dashboard/style.css");
  ASSERT_TRUE(style);
  EXPECT_EQ(style->content_type, "text/css; charset=utf-8");
}

TEST(DashboardTest, UnknownPathsAnswerNothing) {
  EXPECT_FALSE(FindDashboardAsset("/dashboard/"));
  EXPECT_FALSE(FindDashboardAsset("/dashboard/../index.html"));
  EXPECT_FALSE(FindDashboardAsset("/dashboard/nope.js"));
  EXPECT_FALSE(FindDashboardAsset("/app.js"));
  EXPECT_FALSE(FindDashboardAsset("/v1/jobs"));
}

TEST(DashboardTest, TheScriptNeverWritesMarkup) {
  // User text (function names, diagnostics, generated source) reaches the page only as text nodes.
  std::string_view script = FindDashboardAsset("/dashboard/app.js")->contents;
  for (std::string_view sink : {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("}) {
    EXPECT_EQ(script.find(sink), std::string_view::npos) << sink;
  }
}

TEST(DashboardTest, HeadersAllowNoInlineScriptAndNoFraming) {
  std::string csp;
  for (const auto& [name, value] : DashboardHeaders())
    if (name == "Content-Security-Policy") csp = value;
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
}

}  // namespace
}  // namespace fxn::server
