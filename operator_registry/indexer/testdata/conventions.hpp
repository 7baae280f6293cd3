// opindex_test.cc: one kernel per calling convention, templates, a parameter pack, several
// annotations on one kernel, and a kernel in a nested namespace.
#pragma once
#include "fake_runtime.hpp"
#include "fxn_op_annotate.hpp"

namespace fxn::ops {

// pure: returns a value (bool too), no Ctx.
FXN_OP("test.add", "(int, int) -> int", "*")
inline int64_t t_add(int64_t a, int64_t b) { return a + b; }
FXN_OP("test.is_zero", "(int) -> bool", "*")
inline bool t_is_zero(int64_t a) { return a == 0; }

// fallible: bool, Ctx first, the arguments, then the out-param.
FXN_OP("test.div", "(int, int) -> int", "*")
inline bool t_div(Ctx& cx, int64_t a, int64_t b, int64_t& out) {
  if (b == 0) return cx.failed = true, false;
  out = a / b;
  return true;
}

// pure_void: a template.
template <class T>
FXN_OP("test.append", "(list[T], T) -> None", "*")
inline void t_append(const List<T>& list, const T& x) {}

// fallible_void: bool, Ctx first, exactly the arguments; named targets.
FXN_OP("test.check", "(int) -> None", "linux-x86_64,wasm32-wasi")
inline bool t_check(Ctx& cx, int64_t a) { return a >= 0; }

// Several annotations on one kernel: in their written order.
FXN_OP("test.second", "(int) -> int", "*")
FXN_OP("test.first", "(int) -> int", "*")
inline int64_t t_same(int64_t a) { return a; }

// A trailing "T...": the pack takes the further arguments, and for a fallible kernel the
// out-param after them.
template <class T, class... R>
FXN_OP("test.max", "(T, T, T...) -> T", "*")
inline bool t_max(Ctx& cx, const T& first, R&... rest) { return true; }
template <class T, class... R>
FXN_OP("test.build", "(T, T...) -> list[T]", "*")
inline List<T> t_build(const T& first, const R&... rest) { return {}; }

namespace detail {
FXN_OP("test.nested", "() -> int", "*")
inline int64_t t_nested() { return 1; }
}  // namespace detail

// Not annotated: not in the table.
inline int64_t t_helper(int64_t a) { return a; }

}  // namespace fxn::ops
