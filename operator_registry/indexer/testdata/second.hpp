// opindex_test.cc: a second header; its rows follow or precede conventions.hpp's as the command
// line orders the two.
#pragma once
#include "fake_runtime.hpp"
#include "fxn_op_annotate.hpp"

namespace fxn::ops {

template <class T>
FXN_OP("test.add", "(T, T) -> T", "*")
inline T t_add_any(const T& a, const T& b) { return a; }

}  // namespace fxn::ops
