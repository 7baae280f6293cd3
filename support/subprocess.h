// Runs a child process with a time limit and resource limits, feeding stdin and collecting
// stdout and stderr. Every tool fxn drives (the tracer, clang, target runners) goes through here,
// so a hung or crashing child is always reported, never inherited by the caller.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace fxn {

struct SubprocessLimits {
  std::chrono::milliseconds wall_timeout{std::chrono::seconds(60)};
  uint64_t address_space_bytes = 0;  // 0: unlimited
  uint64_t cpu_seconds = 0;          // 0: unlimited
  uint64_t file_size_bytes = 0;      // 0: unlimited
  size_t max_output_bytes = 64 << 20;  // stdout and stderr are each cut here
  // When set, the child's whole environment ("NAME=value" each); else it inherits ours.
  std::optional<std::vector<std::string>> environment = std::nullopt;
};

struct SubprocessResult {
  int exit_code = -1;  // valid when !signaled
  bool signaled = false;
  int signal = 0;
  bool timed_out = false;
  std::string stdout_data;
  std::string stderr_data;
  bool stdout_cut = false;  // stdout reached max_output_bytes: stdout_data is not all of it

  bool ok() const { return !signaled && !timed_out && exit_code == 0; }
  // "exit code 3", "killed by signal 11 (Segmentation fault)", "timed out after 5s".
  std::string Describe() const;
};

// argv[0] is looked up in PATH when it has no slash. Fails only when the process cannot be
// started; a child that fails is reported in the result.
absl::StatusOr<SubprocessResult> RunSubprocess(const std::vector<std::string>& argv,
                                               const std::string& stdin_data = "",
                                               const SubprocessLimits& limits = {},
                                               const std::string& working_dir = "");

// The absolute path of the running executable's directory (for finding sibling binaries).
std::string ExecutableDir();

}  // namespace fxn
