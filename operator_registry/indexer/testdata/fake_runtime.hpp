// Just enough of the runtime's types for the indexer's test headers (fxn::Ctx is what the
// indexer looks for: a fallible kernel's first parameter).
#pragma once
#include <cstdint>

namespace fxn {
struct Ctx {
  bool failed = false;
};
template <class T>
struct List {};
}  // namespace fxn
