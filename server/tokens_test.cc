#include "server/tokens.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "server/index.h"

namespace fxn::server {
namespace {

class TokensTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("fxn-tokens-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    index_ = std::move(*Index::Open((dir_ / "index.sqlite").string()));
  }
  void TearDown() override {
    index_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<Index> index_;
};

TEST_F(TokensTest, ATokenIsShownOnceAndStoredAsAHash) {
  NewToken t = MakeToken("acme", Role::kClient);
  ASSERT_TRUE(index_->InsertToken(t.row).ok());
  auto parts = SplitToken(t.text);
  ASSERT_TRUE(parts.has_value());
  auto row = index_->FindToken(parts->first);
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->tenant, "acme");
  EXPECT_EQ(row->role, Role::kClient);
  EXPECT_EQ(t.text.find(row->secret_hash), std::string::npos);
  EXPECT_EQ(row->secret_hash.find(parts->second), std::string::npos);
}

TEST_F(TokensTest, RolesDecideWhatACallMayDo) {
  NewToken client = MakeToken("acme", Role::kClient), worker = MakeToken("ops", Role::kWorker),
           admin = MakeToken("acme", Role::kAdmin);
  for (auto* t : {&client, &worker, &admin}) ASSERT_TRUE(index_->InsertToken(t->row).ok());
  Authenticator auth(index_.get(), /*required=*/true);
  auto as_client = auth.Check("Bearer " + client.text, Role::kClient);
  ASSERT_TRUE(as_client.ok()) << as_client.status();
  EXPECT_EQ(as_client->tenant, "acme");
  EXPECT_EQ(auth.Check("Bearer " + client.text, Role::kWorker).status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_TRUE(auth.Check("Bearer " + worker.text, Role::kWorker).ok());
  EXPECT_EQ(auth.Check("Bearer " + worker.text, Role::kClient).status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_TRUE(auth.Check("Bearer " + admin.text, Role::kClient).ok());
  EXPECT_EQ(auth.Check("Bearer " + admin.text, Role::kWorker).status().code(), absl::StatusCode::kPermissionDenied);
}

TEST_F(TokensTest, MissingMalformedWrongAndRevokedTokensAreUnauthenticated) {
  NewToken t = MakeToken("acme", Role::kClient);
  ASSERT_TRUE(index_->InsertToken(t.row).ok());
  Authenticator auth(index_.get(), /*required=*/true);
  std::string wrong_secret = t.text;
  wrong_secret.back() = wrong_secret.back() == '0' ? '1' : '0';
  for (std::string header : {std::string(), std::string("Bearer"), std::string("Basic abc"), "Bearer " + t.text + "x",
                             "Bearer " + wrong_secret, std::string("Bearer fxn_") + std::string(200, 'a'),
                             "Bearer " + MakeToken("acme", Role::kClient).text}) {
    auto r = auth.Check(header, Role::kClient);
    EXPECT_EQ(r.status().code(), absl::StatusCode::kUnauthenticated) << header;
    EXPECT_EQ(std::string(r.status().message()).find(t.text), std::string::npos);
  }
  ASSERT_TRUE(auth.Check("Bearer " + t.text, Role::kClient).ok());
  ASSERT_TRUE(index_->RevokeToken(t.row.id).ok());
  EXPECT_EQ(auth.Check("Bearer " + t.text, Role::kClient).status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(index_->RevokeToken(t.row.id).code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(index_->ActiveTokenCount(), 0);
}

TEST_F(TokensTest, EphemeralTokensLiveOnlyInTheirAuthenticator) {
  NewToken worker = MakeToken("local", Role::kWorker);
  Authenticator auth(index_.get(), true, {{worker.text, Identity{worker.row.id, "local", Role::kWorker}}});
  EXPECT_TRUE(auth.Check("Bearer " + worker.text, Role::kWorker).ok());
  EXPECT_FALSE(index_->FindToken(worker.row.id).has_value());
  Authenticator other(index_.get(), true);
  EXPECT_EQ(other.Check("Bearer " + worker.text, Role::kWorker).status().code(), absl::StatusCode::kUnauthenticated);
}

TEST_F(TokensTest, WithoutRequiredTokensAnonymousCallsPass) {
  Authenticator open(index_.get(), /*required=*/false);
  auto who = open.Check("", Role::kWorker);
  ASSERT_TRUE(who.ok());
  EXPECT_EQ(who->tenant, "default");
  EXPECT_EQ(open.Check("Bearer nonsense", Role::kClient).status().code(), absl::StatusCode::kUnauthenticated);
}

TEST(TenantNames, AreSafeInLogsPathsAndLabels) {
  EXPECT_TRUE(IsTenantName("acme-2_x"));
  EXPECT_FALSE(IsTenantName(""));
  EXPECT_FALSE(IsTenantName("Acme"));
  EXPECT_FALSE(IsTenantName("a/b"));
  EXPECT_FALSE(IsTenantName(std::string(65, 'a')));
}

}  // namespace
}  // namespace fxn::server
