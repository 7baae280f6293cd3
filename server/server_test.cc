// The server in-process over loopback gRPC: tenants, the health service, quota refusals'
// retry-after, and calls with malformed or oversized credentials (the server keeps serving).
#include "server/server.h"

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "compiler.grpc.pb.h"
#include "ir/proto_convert.h"
#include "ir/test_modules.h"
#include "server/scheduler.h"

namespace fxn::server {
namespace {

namespace fs = std::filesystem;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("fxn-server-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    acme_ = MakeToken("acme", Role::kClient);
    beta_ = MakeToken("beta", Role::kClient);
    ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.data_dir = dir_.string();
    options.recover = false;
    options.quotas.tenants["beta"].concurrent_jobs = 1;
    options.ephemeral_tokens = {{acme_.text, {acme_.row.id, "acme", Role::kClient}},
                                {beta_.text, {beta_.row.id, "beta", Role::kClient}}};
    auto server = Server::Start(options);
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = std::move(*server);
    channel_ = grpc::CreateChannel(server_->address(), grpc::InsecureChannelCredentials());
    stub_ = proto::Compiler::NewStub(channel_);
  }
  void TearDown() override {
    server_.reset();
    fs::remove_all(dir_);
  }
  grpc::Status GetJob(const std::string& token, const std::string& id) {
    grpc::ClientContext ctx;
    if (!token.empty()) ctx.AddMetadata("authorization", "Bearer " + token);
    proto::GetJobRequest request;
    request.set_job_id(id);
    proto::JobStatus job;
    return stub_->GetJob(&ctx, request, &job);
  }
  grpc::Status Download(const std::string& token, const std::string& digest) {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token);
    proto::DownloadRequest request;
    request.set_digest(digest);
    auto reader = stub_->Download(&ctx, request);
    proto::Chunk chunk;
    while (reader->Read(&chunk)) {
    }
    return reader->Finish();
  }

  // A job of acme's built by a worker driven through the scheduler; returns (job id, digest).
  std::pair<std::string, std::string> AcmeArtifact() {
    Scheduler& s = server_->scheduler();
    proto::PushRequest push;
    push.set_source("def fib(n):\n    return n\n");
    push.set_filename("fib.py");
    push.add_samples_json("[10]");
    auto id = s.Submit(push, "acme");
    EXPECT_TRUE(id.ok());
    auto lease = [&](bool trace) {
      proto::LeaseRequest r;
      r.set_worker_id("w");
      r.set_can_trace(trace);
      if (!trace) {
        auto* t = r.add_targets();
        t->set_name("linux-x86_64");
        t->set_toolchain_digest("tc");
      }
      auto got = std::make_shared<std::optional<proto::Task>>();
      s.Lease(r, [got](std::optional<proto::Task> t) { *got = std::move(t); }, "wtok");
      return *got;
    };
    auto trace = lease(true);
    EXPECT_TRUE(trace);
    proto::CompleteRequest done;
    done.set_worker_id("w");
    done.set_task_id(trace->task_id());
    done.set_ok(true);
    done.mutable_trace_result()->set_entry("fib");
    *done.mutable_trace_result()->mutable_module() = ir::ToProto(ir::testing::Fib());
    auto* sample = done.mutable_trace_result()->add_samples();
    sample->mutable_args()->mutable_tuple_value()->add_items()->set_int_value(10);
    sample->mutable_expected()->mutable_value()->set_int_value(55);
    EXPECT_TRUE(s.Complete(done).ok());
    auto compile = lease(false);
    EXPECT_TRUE(compile);
    proto::Bundle bundle;
    bundle.add_files()->set_name("libfib.so");
    auto digest = s.AcceptBundle("w", compile->task_id(), bundle.SerializeAsString());
    EXPECT_TRUE(digest.ok());
    proto::CompleteRequest compiled;
    compiled.set_worker_id("w");
    compiled.set_task_id(compile->task_id());
    compiled.set_ok(true);
    compiled.set_bundle_digest(*digest);
    compiled.set_verdict(proto::VERIFIED);
    EXPECT_TRUE(s.Complete(compiled).ok());
    return {*id, *digest};
  }

  fs::path dir_;
  NewToken acme_, beta_;
  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<proto::Compiler::Stub> stub_;
};

TEST_F(ServerTest, AnotherTenantsJobAndArtifactAnswerLikeOnesThatNeverExisted) {
  auto [id, digest] = AcmeArtifact();
  EXPECT_TRUE(GetJob(acme_.text, id).ok());
  auto theirs = GetJob(beta_.text, id);
  auto unknown = GetJob(beta_.text, std::string(32, '0'));
  EXPECT_EQ(theirs.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(unknown.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(theirs.error_message(), "no job '" + id + "'");
  EXPECT_TRUE(Download(acme_.text, digest).ok());
  auto their_blob = Download(beta_.text, digest);
  EXPECT_EQ(their_blob.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(their_blob.error_message(), "no artifact '" + digest + "'");
  EXPECT_EQ(Download(beta_.text, std::string(64, '1')).error_message(), "no artifact '" + std::string(64, '1') + "'");
}

TEST_F(ServerTest, TheHealthServiceAnswersWithoutAToken) {
  grpc::GenericStub generic(channel_);
  grpc::ClientContext ctx;
  grpc::Slice empty{std::string()};  // HealthCheckRequest{service: ""} is empty on the wire
  grpc::ByteBuffer request(&empty, 1), response;
  grpc::Status status;
  std::mutex mu;
  std::condition_variable cv;
  bool done = false;
  generic.UnaryCall(&ctx, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request, &response,
                    [&](grpc::Status s) {
                      std::lock_guard lock(mu);
                      status = s;
                      done = true;
                      cv.notify_all();
                    });
  std::unique_lock lock(mu);
  cv.wait(lock, [&] { return done; });
  ASSERT_TRUE(status.ok()) << status.error_message();
  std::vector<grpc::Slice> slices;
  ASSERT_TRUE(response.Dump(&slices).ok());
  std::string bytes;
  for (const auto& s : slices) bytes += std::string(reinterpret_cast<const char*>(s.begin()), s.size());
  EXPECT_EQ(bytes, std::string("\x08\x01", 2));  // status: SERVING
}

TEST_F(ServerTest, AQuotaRefusalSaysWhenToRetry) {
  grpc::ClientContext first;
  first.AddMetadata("authorization", "Bearer " + beta_.text);
  proto::PushRequest push;
  push.set_source("def f(x):\n    return x\n");
  push.set_filename("f.py");
  push.add_samples_json("[1]");
  auto stream = stub_->Push(&first, push);
  proto::Event event;
  ASSERT_TRUE(stream->Read(&event));  // QUEUED: beta now has its one job in progress
  grpc::ClientContext second;
  second.AddMetadata("authorization", "Bearer " + beta_.text);
  auto refused = stub_->Push(&second, push);
  while (refused->Read(&event)) {
  }
  auto status = refused->Finish();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << status.error_message();
  auto retry = second.GetServerTrailingMetadata().find("retry-after");
  ASSERT_NE(retry, second.GetServerTrailingMetadata().end());
  EXPECT_EQ(std::string(retry->second.data(), retry->second.size()), "2");
  first.TryCancel();
}

TEST_F(ServerTest, MalformedAndOversizedCredentialsAreRefusedAndTheServerKeepsServing) {
  for (const std::string& bad : {std::string("fxn_"), std::string("fxn_zz_zz"), std::string(3000, 'x'),
                                 "fxn_" + std::string(16, '0') + "_" + std::string(64, '0'), std::string("fxn_ ~ _")}) {
    EXPECT_EQ(GetJob(bad, "x").error_code(), grpc::StatusCode::UNAUTHENTICATED);
  }
  {  // metadata past gRPC's limit: refused by the transport
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + std::string(64 << 10, 'a'));
    proto::GetJobRequest request;
    proto::JobStatus job;
    EXPECT_FALSE(stub_->GetJob(&ctx, request, &job).ok());
  }
  for (int i = 0; i < 100; ++i) EXPECT_FALSE(GetJob("fxn_" + std::to_string(i), "x").ok());
  EXPECT_EQ(GetJob(acme_.text, std::string(32, '0')).error_code(), grpc::StatusCode::NOT_FOUND);  // still answering
}

}  // namespace
}  // namespace fxn::server
