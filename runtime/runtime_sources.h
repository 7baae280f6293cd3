// The runtime's sources (fxn.h, fxn_runtime.hpp, value.cc, the harnesses, the JS loader),
// embedded in the binaries by cmake/EmbedFiles.cmake: toolchains compile them for each target
// and bundles carry fxn.h (and, for wasm32, fxn_wasm.mjs).
#pragma once
#include <span>

#include "support/embedded.h"

namespace fxn::runtime_sources {
std::span<const fxn::EmbeddedFile> Files();
}  // namespace fxn::runtime_sources
