// `fxn push FILE` without --inputs: push every function FILE marks with @fxn.compile
// (python/fxn/marks.py), each with the samples and targets of its mark.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace fxn::client {

struct MarkedPush {
  std::string entry;
  std::vector<std::string> samples_json;
  std::vector<std::string> targets;
};

// Lists the marks (in the trace sandbox: tracer::ListMarks) and calls push_one for each marked
// function, or only for `entry` when it is given. Targets: the command line's when it gave
// --targets (targets_given), else the mark's, else the command line's default. Returns the exit
// code: 0 when every push returned 0, 2 for a usage error (nothing marked, a mark without
// inputs), else the first failing push's code.
int PushMarked(const std::string& file, const std::string& entry, const std::vector<std::string>& targets,
               bool targets_given, const std::function<int(const MarkedPush&)>& push_one);

}  // namespace fxn::client
