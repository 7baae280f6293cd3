// opindex_test.cc: the same operation declared twice (the second row could never be found).
#pragma once
#include "fake_runtime.hpp"
#include "fxn_op_annotate.hpp"

namespace fxn::ops {
FXN_OP("test.neg", "(int) -> int", "*")
inline int64_t t_neg(int64_t a) { return -a; }
FXN_OP("test.neg", "(int) -> int", "*")
inline int64_t t_neg_again(int64_t a) { return -a; }
}  // namespace fxn::ops
