// The kernel headers (kernels/*.hpp), embedded in the binary: lowering hands them to the
// target's compiler next to the generated source.
#pragma once
#include <span>

#include "support/embedded.h"

namespace fxn::ops {
std::span<const fxn::EmbeddedFile> KernelSources();
}  // namespace fxn::ops
