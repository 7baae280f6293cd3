// The Python sources fxn-trace carries (cmake/EmbedFiles.cmake): the front end, and fxn's own
// package that a user's module may import. The host side digests them; fxn-trace runs them.
#pragma once
#include <span>
#include <string_view>

#include "support/embedded.h"

namespace fxn::tracer {
namespace python_sources {  // tracer_sandbox/python/*.py: the front end
std::span<const fxn::EmbeddedFile> Files();
}  // namespace python_sources
namespace python_package {  // python/fxn/*.py: the package a user's module may import
std::span<const fxn::EmbeddedFile> Files();
}  // namespace python_package
namespace python_compiled {  // both, compiled at build time (precompile_python.py); fxn-trace only
std::string_view Bundle();
}  // namespace python_compiled
}  // namespace fxn::tracer
