#include "client/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace fxn::client {

namespace {

std::string Lower(fxn::proto::Stage stage) {
  std::string name = fxn::proto::Stage_Name(stage);
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name == "not_verified" ? "compiled, not verified" : name;
}

std::string Seconds(std::chrono::steady_clock::duration d) {
  return absl::StrFormat("%.1fs", std::chrono::duration<double>(d).count());
}

bool Terminal(fxn::proto::Stage stage) {
  return stage == fxn::proto::VERIFIED || stage == fxn::proto::NOT_VERIFIED || stage == fxn::proto::FAILED;
}

}  // namespace

bool LiveProgressWanted() {
  const char* term = std::getenv("TERM");
  return isatty(STDERR_FILENO) && !(term && std::strcmp(term, "dumb") == 0);
}

LiveProgress::LiveProgress(std::vector<std::string> targets, std::ostream& out) : out_(out), order_(std::move(targets)) {
  for (const auto& t : order_) lines_[t];
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) width_ = size.ws_col;
  std::lock_guard lock(mu_);
  Draw();
  ticker_ = std::thread([this] {
    std::unique_lock lock(mu_);
    while (!stopping_) {
      wake_.wait_for(lock, std::chrono::milliseconds(200));
      if (!stopping_) Draw();
    }
  });
}

LiveProgress::~LiveProgress() { Finish(); }

void LiveProgress::OnEvent(const proto::Event& event) {
  std::lock_guard lock(mu_);
  auto now = Clock::now();
  job_id_ = event.job_id();
  if (event.target().empty()) {
    job_stage_ = Lower(event.stage());
    if (event.stage() == proto::TRACED) {
      traced_ = absl::StrCat("traced ", event.entry(), " (", event.functions(), event.functions() == 1 ? " function, " : " functions, ",
                             event.ir_nodes(), " IR nodes)", event.cached() ? " [cached]" : "");
    }
    if (event.stage() == proto::DONE || event.stage() == proto::FAILED) {
      job_ended_ = true;
      job_end_ = now;
    }
  } else {
    auto& line = lines_[event.target()];
    if (std::find(order_.begin(), order_.end(), event.target()) == order_.end()) order_.push_back(event.target());
    if (!line.started) {
      line.started = true;
      line.start = now;
    }
    line.stage = Lower(event.stage());
    line.cached = line.cached || event.cached();
    if (Terminal(event.stage()) && !line.ended) {
      line.ended = true;
      line.end = now;
    }
  }
  Draw();
}

void LiveProgress::Finish() {
  {
    std::lock_guard lock(mu_);
    if (stopping_) return;
    stopping_ = true;
    auto now = Clock::now();
    if (!job_ended_) {
      job_ended_ = true;
      job_end_ = now;
    }
    for (auto& [target, line] : lines_) {
      if (!line.ended) {
        line.ended = true;
        line.end = now;
        if (!line.started) line.stage = "not compiled";
      }
    }
    Draw();
  }
  wake_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

std::string LiveProgress::JobLine(Clock::time_point now) const {
  std::string what = job_stage_;
  if (!traced_.empty() && job_stage_ != "done" && job_stage_ != "failed") what = traced_;
  if (job_stage_ == "done" && !traced_.empty()) what = traced_ + " · done";
  std::string job = job_id_.empty() ? "fxn: pushing" : absl::StrCat("fxn: job ", job_id_);
  return absl::StrCat(job, ": ", what, "  ", Seconds((job_ended_ ? job_end_ : now) - begin_));
}

std::string LiveProgress::TargetText(const std::string& target, const TargetLine& line, Clock::time_point now) const {
  std::string stage = line.stage.empty() ? (traced_.empty() ? "waiting for the trace" : "queued") : line.stage;
  if (line.cached) stage += " (cached)";
  std::string time = line.started ? Seconds((line.ended ? line.end : now) - line.start) : "";
  return absl::StrFormat("  %-16s %-24s %s", target, stage, time);
}

void LiveProgress::Draw() {
  auto now = Clock::now();
  std::vector<std::string> text = {JobLine(now)};
  for (const auto& t : order_) text.push_back(TargetText(t, lines_.at(t), now));
  std::string frame;
  if (drawn_ > 0) absl::StrAppend(&frame, "\r\033[", drawn_, "A");  // back to our first line
  for (auto& line : text) {
    if (width_ > 1 && line.size() >= width_) line.resize(width_ - 1);
    absl::StrAppend(&frame, "\r\033[K", line, "\n");
  }
  out_ << frame << std::flush;
  drawn_ = static_cast<int>(text.size());
}

}  // namespace fxn::client
