// ops_gen.hpp: the operations on generator objects (fxn_gen.hpp) that are calls: next(),
// materialising one into a list, and the value a finished generator returned (`yield from`).
// Iteration itself (for, comprehensions) is FOR_EACH in lowering.
#pragma once
#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

// A resumption's outcome as next() and send() report it: an item, or StopIteration (whose
// message is str() of the value the body returned, the first time only, as CPython's).
template <class T, class R, class S>
inline bool ItemOrStop(Ctx& cx, const Gen<T, R, S>& g, int step) {
  if (step > 0) return true;
  if (step == 0) cx.RaiseView("StopIteration", g.StopMessage());
  return false;
}

// next(g)
template <class T, class R, class S>
FXN_OP("builtins.next", "(gen[T, R]) -> T", "*")
inline bool gen_next(Ctx& cx, const Gen<T, R, S>& g, T& out) {
  return ItemOrStop(cx, g, g.Next(cx, out));
}

// next(g, default)
template <class T, class R, class S>
FXN_OP("builtins.next", "(gen[T, R], T) -> T", "*")
inline bool gen_next_default(Ctx& cx, const Gen<T, R, S>& g, const T& fallback, T& out) {
  const int step = g.Next(cx, out);
  if (step == 0) out = fallback;
  return step >= 0;
}

// next(g, None) where g yields T: T | None.
template <class T, class R, class S>
FXN_OP("builtins.next", "(gen[T, R], None) -> optional[T]", "*")
inline bool gen_next_none(Ctx& cx, const Gen<T, R, S>& g, NoneT, Optional<T>& out) {
  T item = Unset<T>();
  const int step = g.Next(cx, item);
  out = step > 0 ? Optional<T>(item) : Optional<T>();
  return step >= 0;
}

// list(g), and what a consumer reading every item first gets (sorted, tuple, set, str.join, ...).
template <class T, class R, class S>
FXN_OP("builtins.list", "(gen[T, R]) -> list[T]", "*")
FXN_OP("fxn.gen_to_list", "(gen[T, R]) -> list[T]", "*")
inline bool gen_to_list(Ctx& cx, const Gen<T, R, S>& g, List<T>& out) {
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

// g.send(v) where values are sent to g (gen[T, R, S]); send(None) the front end makes next(g).
// StopIteration as next()'s; a non-None value for a generator that has not started raises
// CPython's TypeError (Gen::Send).
template <class T, class R, class S>
FXN_OP("fxn.gen_send", "(gen[T, R, S], S) -> T", "*")
inline bool gen_send(Ctx& cx, const Gen<T, R, S>& g, const S& v, T& out) {
  return ItemOrStop(cx, g, g.Send(cx, v, out));
}

// One step of `yield from g` in a generator that is sent values: g resumed with what the
// delegating generator was (None after next()), its item then read by gen_current.
template <class T, class R, class S>
FXN_OP("fxn.gen_send_step", "(gen[T, R, S], S) -> bool", "*")
inline bool gen_send_step(Ctx& cx, const Gen<T, R, S>& g, const S& v, bool& out) {
  const int step = g.Resume(cx, &v);
  out = step > 0;
  return step >= 0;
}

// One step of a generator for zip(): whether it gave an item (then read by gen_current).
template <class T, class R, class S>
FXN_OP("fxn.gen_step", "(gen[T, R]) -> bool", "*")
inline bool gen_step(Ctx& cx, const Gen<T, R, S>& g, bool& out) {
  const int step = g.Step(cx);
  out = step > 0;
  return step >= 0;
}
template <class T, class R, class S>
FXN_OP("fxn.gen_current", "(gen[T, R]) -> T", "*")
inline T gen_current(const Gen<T, R, S>& g) {
  return g.Current();
}

// iter(g) is g.
template <class T, class R, class S>
FXN_OP("builtins.iter", "(gen[T, R]) -> gen[T, R]", "*")
inline Gen<T, R, S> gen_iter(const Gen<T, R, S>& g) {
  return g;
}

// The value of `yield from g` once g has finished.
template <class T, class R, class S>
FXN_OP("fxn.gen_return", "(gen[T, R]) -> R", "*")
inline bool gen_return(Ctx& cx, const Gen<T, R, S>& g, R& out) {
  return g.ReturnValue(cx, out);
}

}  // namespace fxn::ops
