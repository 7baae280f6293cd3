#include "server/server_tls.h"

#include <gtest/gtest.h>

namespace fxn::server {
namespace {

TEST(ServerTls, LoopbackNeedsNeither) {
  EXPECT_TRUE(CheckExposure({"127.0.0.1:7070", "localhost:7071", "[::1]:0", ""}, false, false, false, "/d").ok());
}

TEST(ServerTls, BeyondLoopbackNeedsTokensAndTls) {
  auto neither = CheckExposure({"0.0.0.0:7070"}, false, false, false, "/d");
  EXPECT_EQ(neither.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(neither.message().find("tokens"), std::string_view::npos);
  EXPECT_NE(neither.message().find("TLS"), std::string_view::npos);
  EXPECT_NE(neither.message().find("--insecure"), std::string_view::npos);
  auto tokens_only = CheckExposure({"10.0.0.1:7070"}, true, false, false, "/d");
  EXPECT_FALSE(tokens_only.ok());
  EXPECT_EQ(tokens_only.message().find("without tokens"), std::string_view::npos);
  EXPECT_NE(tokens_only.message().find("--tls-cert"), std::string_view::npos);
  EXPECT_FALSE(CheckExposure({"127.0.0.1:1", "0.0.0.0:2"}, false, true, false, "/d").ok());
  EXPECT_TRUE(CheckExposure({"0.0.0.0:7070"}, true, true, false, "/d").ok());
  EXPECT_TRUE(CheckExposure({"0.0.0.0:7070"}, false, false, true, "/d").ok());  // --insecure, logged
}

TEST(ServerTls, FlagsThatNeedEachOther) {
  EXPECT_EQ(CheckServerTls({"", "k.pem", ""}).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckServerTls({"c.pem", "", ""}).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckServerTls({"", "", "ca.pem"}).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(CheckServerTls({}).ok());
  auto missing = CheckServerTls({"/nonexistent/c.pem", "/nonexistent/k.pem", ""});
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("/nonexistent/c.pem"), std::string_view::npos);
}

TEST(ServerTls, WorkersWithoutACertificateAreRefusedOnlyWhenOneIsRequired) {
  EXPECT_TRUE(CheckWorkerCertificate({}, nullptr).ok());
  EXPECT_EQ(CheckWorkerCertificate({"c", "k", "ca"}, nullptr).code(), absl::StatusCode::kUnauthenticated);
}

}  // namespace
}  // namespace fxn::server
