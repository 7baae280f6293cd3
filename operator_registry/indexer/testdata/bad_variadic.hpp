// opindex_test.cc: a variadic signature on a kernel without a parameter pack.
#pragma once
#include "fake_runtime.hpp"
#include "fxn_op_annotate.hpp"

namespace fxn::ops {
FXN_OP("test.max", "(int, int...) -> int", "*")
inline int64_t t_bad(int64_t a, int64_t b) { return a; }
}  // namespace fxn::ops
