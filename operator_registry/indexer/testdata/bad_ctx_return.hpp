// opindex_test.cc: takes fxn::Ctx& but returns an int, which no convention allows.
#pragma once
#include "fake_runtime.hpp"
#include "fxn_op_annotate.hpp"

namespace fxn::ops {
FXN_OP("test.neg", "(int) -> int", "*")
inline int64_t t_bad(Ctx& cx, int64_t a) { return -a; }
}  // namespace fxn::ops
