// opindex_test.cc: a header Clang rejects; fxn-opindex fails rather than write a partial table.
#pragma once
#include "fake_runtime.hpp"
#include "fxn_op_annotate.hpp"

namespace fxn::ops {
FXN_OP("test.neg", "(int) -> int", "*")
inline int64_t t_neg(int64_t a) { return -undeclared_name; }
}  // namespace fxn::ops
