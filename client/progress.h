// `fxn push` on a terminal: one live line for the job and one per target (stage, elapsed time),
// redrawn in place with ANSI cursor moves as events arrive and every 200 ms in between, that
// settle into each target's outcome and time when the job ends. Only for a terminal: piped
// output keeps plain lines (main.cc) and --json its events.
#pragma once
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "compiler.pb.h"

namespace fxn::client {

// Whether live lines should be drawn: stderr is a terminal that understands cursor moves
// (TERM is not "dumb").
bool LiveProgressWanted();

class LiveProgress {
 public:
  // targets: the push's targets, one line each, in this order. out: the terminal (stderr).
  LiveProgress(std::vector<std::string> targets, std::ostream& out);
  ~LiveProgress();
  LiveProgress(const LiveProgress&) = delete;
  LiveProgress& operator=(const LiveProgress&) = delete;

  void OnEvent(const proto::Event& event);
  // Stops the clock and draws the final lines (each target's outcome and time); idempotent.
  void Finish();

 private:
  using Clock = std::chrono::steady_clock;
  struct TargetLine {
    std::string stage;  // empty: waiting for the trace
    bool cached = false;
    bool started = false, ended = false;
    Clock::time_point start, end;
  };
  void Draw();  // with mu_ held
  std::string JobLine(Clock::time_point now) const;
  std::string TargetText(const std::string& target, const TargetLine& line, Clock::time_point now) const;

  std::ostream& out_;
  std::vector<std::string> order_;
  std::map<std::string, TargetLine> lines_;
  std::string job_id_, job_stage_ = "queued", traced_;
  Clock::time_point begin_ = Clock::now(), job_end_;
  bool job_ended_ = false;
  int drawn_ = 0;  // lines of ours on the screen, the cursor below them
  size_t width_ = 0;  // the terminal's columns: longer lines would wrap and break the redraw

  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread ticker_;
};

}  // namespace fxn::client
