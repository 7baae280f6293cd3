// A file compiled into a binary by cmake/EmbedFiles.cmake.
#pragma once
#include <span>
#include <string_view>

namespace fxn {
struct EmbeddedFile {
  std::string_view name;
  std::string_view contents;
};
}  // namespace fxn
