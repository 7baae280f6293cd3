// opindex_test.cc: a fallible kernel without its out-param (one parameter short).
#pragma once
#include "fake_runtime.hpp"
#include "fxn_op_annotate.hpp"

namespace fxn::ops {
FXN_OP("test.div", "(int, int) -> int", "*")
inline bool t_bad(Ctx& cx, int64_t a, int64_t b) { return true; }
}  // namespace fxn::ops
