// fxn-trace: one trace per process. Reads a TraceRequest (binary proto) on stdin, writes a
// TraceResult on stdout. The user's code may print: its stdout goes to stderr, and the result
// travels on a private copy of the original stdout.
#include <unistd.h>

#include <iostream>
#include <iterator>
#include <string>

#include "operator_registry/registry.h"
#include "tracer_sandbox/seccomp.h"
#include "tracer_sandbox/tracer.h"

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "--signatures") {  // the registry as the front end sees it
    std::cout << fxn::ops::Registry::Get().SignaturesJson() << "\n";
    return 0;
  }
  bool sandbox = argc == 2 && std::string(argv[1]) == "--sandbox";
  int result_fd = dup(STDOUT_FILENO);
  dup2(STDERR_FILENO, STDOUT_FILENO);
  std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  fxn::proto::TraceRequest request;
  if (!request.ParseFromString(input)) {
    std::cerr << "fxn-trace: stdin is not a TraceRequest\n";
    return 2;
  }
  fxn::proto::TraceResult result =
      fxn::tracer::TraceInProcess(request, sandbox ? std::function<absl::Status()>(fxn::tracer::InstallSeccompFilter) : nullptr);
  std::string out = result.SerializeAsString();
  size_t written = 0;
  while (written < out.size()) {
    ssize_t n = write(result_fd, out.data() + written, out.size() - written);
    if (n <= 0) return 3;
    written += static_cast<size_t>(n);
  }
  close(result_fd);
  // Skip interpreter finalization: user code may have left threads or handlers behind.
  _exit(0);
}
