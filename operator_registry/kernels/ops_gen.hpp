// ops_gen.hpp: the operations on generator objects (fxn_gen.hpp) that are calls: next(),
// materialising one into a list, and the value a finished generator returned (`yield from`).
// Iteration itself (for, comprehensions) is FOR_EACH in lowering.
#pragma once
#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

// next(g): the next item, or StopIteration (whose message is str() of the value the body
// returned, the first time only, as CPython's).
template <class T, class R>
FXN_OP("builtins.next", "(gen[T, R]) -> T", "*")
inline bool gen_next(Ctx& cx, const Gen<T, R>& g, T& out) {
  const int step = g.Next(cx, out);
  if (step > 0) return true;
  if (step == 0) cx.RaiseView("StopIteration", g.StopMessage());
  return false;
}

// next(g, default)
template <class T, class R>
FXN_OP("builtins.next", "(gen[T, R], T) -> T", "*")
inline bool gen_next_default(Ctx& cx, const Gen<T, R>& g, const T& fallback, T& out) {
  const int step = g.Next(cx, out);
  if (step == 0) out = fallback;
  return step >= 0;
}

// next(g, None) where g yields T: T | None.
template <class T, class R>
FXN_OP("builtins.next", "(gen[T, R], None) -> optional[T]", "*")
inline bool gen_next_none(Ctx& cx, const Gen<T, R>& g, NoneT, Optional<T>& out) {
  T item = Unset<T>();
  const int step = g.Next(cx, item);
  out = step > 0 ? Optional<T>(item) : Optional<T>();
  return step >= 0;
}

// list(g), and what a consumer reading every item first gets (sorted, tuple, set, str.join, ...).
template <class T, class R>
FXN_OP("builtins.list", "(gen[T, R]) -> list[T]", "*")
FXN_OP("fxn.gen_to_list", "(gen[T, R]) -> list[T]", "*")
inline bool gen_to_list(Ctx& cx, const Gen<T, R>& g, List<T>& out) {
  List<T> items;
  T item = Unset<T>();
  while (true) {
    const int step = g.Next(cx, item);
    if (step < 0) return false;
    if (step == 0) break;
    items.items().push_back(static_cast<typename List<T>::Stored>(std::move(item)));
  }
  out = std::move(items);
  return true;
}

// One step of a generator for zip(): whether it gave an item (then read by gen_current).
template <class T, class R>
FXN_OP("fxn.gen_step", "(gen[T, R]) -> bool", "*")
inline bool gen_step(Ctx& cx, const Gen<T, R>& g, bool& out) {
  const int step = g.Step(cx);
  out = step > 0;
  return step >= 0;
}
template <class T, class R>
FXN_OP("fxn.gen_current", "(gen[T, R]) -> T", "*")
inline T gen_current(const Gen<T, R>& g) {
  return g.Current();
}

// iter(g) is g.
template <class T, class R>
FXN_OP("builtins.iter", "(gen[T, R]) -> gen[T, R]", "*")
inline Gen<T, R> gen_iter(const Gen<T, R>& g) {
  return g;
}

// The value of `yield from g` once g has finished.
template <class T, class R>
FXN_OP("fxn.gen_return", "(gen[T, R]) -> R", "*")
inline bool gen_return(Ctx& cx, const Gen<T, R>& g, R& out) {
  return g.ReturnValue(cx, out);
}

}  // namespace fxn::ops
