// opindex_test.cc: signature text that does not parse (no ')').
#pragma once
#include "fake_runtime.hpp"
#include "fxn_op_annotate.hpp"

namespace fxn::ops {
FXN_OP("test.add", "(int, int -> int", "*")
inline int64_t t_bad(int64_t a, int64_t b) { return a + b; }
}  // namespace fxn::ops
