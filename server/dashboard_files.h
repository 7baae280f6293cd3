// The dashboard's files, embedded by cmake/EmbedFiles.cmake (server/CMakeLists.txt).
#pragma once
#include <span>

#include "support/embedded.h"

namespace fxn::server::dashboard {
std::span<const fxn::EmbeddedFile> Files();
}  // namespace fxn::server::dashboard
