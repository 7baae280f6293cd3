// The Python sources fxn-trace carries (cmake/EmbedFiles.cmake): the front end, and fxn's own
// package that a user's module may import. The host side digests them; fxn-trace runs them.
#pragma once
#include <span>

#include "support/embedded.h"

namespace fxn::tracer {
namespace python_sources {  // tracer_sandbox/python/*.py: the front end
std::span<const fxn::EmbeddedFile> Files();
}  // namespace python_sources
namespace python_package {  // python/fxn/*.py: the package a user's module may import
std::span<const fxn::EmbeddedFile> Files();
}  // namespace python_package
}  // namespace fxn::tracer
