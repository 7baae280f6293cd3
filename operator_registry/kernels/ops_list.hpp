// Homogeneous lists (fxn::List<T>) and the builtins over them and over scalars.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"
#include "ops_int.hpp"
#include "ops_sort.hpp"

namespace fxn::ops {

// Python's index rule: negative counts from the end. The common case (0 <= index < size) is
// one unsigned compare.
inline bool list_normalize_index(int64_t size, int64_t& index) {
  if (__builtin_expect(static_cast<uint64_t>(index) < static_cast<uint64_t>(size), 1)) return true;
  if (index < 0) index += size;
  return index >= 0 && index < size;
}

template <class T>
FXN_OP("operator.getitem", "(list[T], int) -> T", "*")
inline bool list_getitem(Ctx& cx, const List<T>& list, int64_t index, T& out) {
  if (FXN_UNLIKELY(!list_normalize_index(list.size(), index))) {
    return cx.Raise("IndexError", "list index out of range");
  }
  out = static_cast<T>(list.items()[static_cast<size_t>(index)]);
  return true;
}

// The item's address, no reference taken: the lowering's borrowed reads (`b = bodies[j]` where
// nothing in the function can change `bodies`; lowering/lower.cc PlanBorrows).
template <class T>
inline bool list_item_ref(Ctx& cx, const List<T>& list, int64_t index, const T*& out) {
  if (FXN_UNLIKELY(!list_normalize_index(list.size(), index))) {
    return cx.Raise("IndexError", "list index out of range");
  }
  out = &list.items()[static_cast<size_t>(index)];
  return true;
}

template <class T>
FXN_OP("operator.setitem", "(list[T], int, T) -> None", "*")
inline bool list_setitem(Ctx& cx, const List<T>& list, int64_t index, const T& value) {
  if (FXN_UNLIKELY(!list_normalize_index(list.size(), index))) {
    return cx.Raise("IndexError", "list assignment index out of range");
  }
  list.items()[static_cast<size_t>(index)] = List<T>::Store(value);
  return true;
}

template <class T>
FXN_OP("list.append", "(list[T], T) -> None", "*")
inline void list_append(const List<T>& list, const T& value) {
  list.items().push_back(List<T>::Store(value));
}

template <class T>
FXN_OP("builtins.len", "(list[T]) -> int", "*")
inline int64_t list_len(const List<T>& list) {
  return list.size();
}

template <class T>
FXN_OP("builtins.bool", "(list[T]) -> bool", "*")
inline bool list_truth(const List<T>& list) {
  return list.size() != 0;
}

// [x, y, ...]
template <class T, class... Rest>
FXN_OP("fxn.build_list", "(T, T...) -> list[T]", "*")
inline List<T> list_build(const T& first, const Rest&... rest) {
  return List<T>(std::vector<typename List<T>::Stored>{List<T>::Store(first), List<T>::Store(static_cast<T>(rest))...});
}

// list * n: shallow copies, so [[0] * 3] * 2 aliases its rows exactly as Python's does.
template <class T>
FXN_OP("operator.mul", "(list[T], int) -> list[T]", "*")
inline bool list_repeat(Ctx& cx, const List<T>& list, int64_t n, List<T>& out) {
  List<T> result;
  if (n > 0 && list.size() > 0) {
    if (FXN_UNLIKELY(n > (int64_t{1} << 40) / list.size())) return cx.Raise("MemoryError", "");
    auto& dst = result.items();
    const auto& src = list.items();
    if (src.size() == 1) {
      dst.assign(static_cast<size_t>(n), src[0]);
    } else {
      dst.reserve(src.size() * static_cast<size_t>(n));
      for (int64_t k = 0; k < n; ++k) dst.insert(dst.end(), src.begin(), src.end());
    }
  }
  out = std::move(result);
  return true;
}

template <class T>
FXN_OP("operator.add", "(list[T], list[T]) -> list[T]", "*")
inline List<T> list_concat(const List<T>& a, const List<T>& b) {
  List<T> result;
  auto& dst = result.items();
  dst.reserve(a.items().size() + b.items().size());
  dst.insert(dst.end(), a.items().begin(), a.items().end());
  dst.insert(dst.end(), b.items().begin(), b.items().end());
  return result;
}

// min()/max() keep the first item unless a later one compares less/greater, as CPython does;
// that order decides what NaN and the signed zeros give. For floats the choice is made on the
// bits behind an optimisation barrier: written as a float select (or a plain bit blend), LLVM
// turns `x < 0.0 ? x : 0.0` into fminnm/fmin.d on arm64 and riscv64, which order -0.0 below
// 0.0, while min(0.0, -0.0) must be 0.0, the first.
template <class T>
inline T pick(bool take, const T& candidate, const T& best) {
  if constexpr (std::is_same_v<T, double>) {
    uint64_t c = __builtin_bit_cast(uint64_t, candidate), b = __builtin_bit_cast(uint64_t, best);
    uint64_t mask = 0 - static_cast<uint64_t>(take);
#if !defined(__wasm__)
    __asm__("" : "+r"(mask));  // opaque: LLVM still recognised the blend as minnum
#endif
    return __builtin_bit_cast(double, (c & mask) | (b & ~mask));
  } else {
    return take ? candidate : best;
  }
}
template <class T, class... Rest>
FXN_OP("builtins.min", "(int, int, int...) -> int", "*")
FXN_OP("builtins.min", "(float, float, float...) -> float", "*")
inline T scalar_min(const T& first, const Rest&... rest) {
  T best = first;
  ((best = pick<T>(static_cast<T>(rest) < best, static_cast<T>(rest), best)), ...);
  return best;
}
template <class T, class... Rest>
FXN_OP("builtins.max", "(int, int, int...) -> int", "*")
FXN_OP("builtins.max", "(float, float, float...) -> float", "*")
inline T scalar_max(const T& first, const Rest&... rest) {
  T best = first;
  ((best = pick<T>(static_cast<T>(rest) > best, static_cast<T>(rest), best)), ...);
  return best;
}
template <class T>
FXN_OP("builtins.min", "(list[int]) -> int", "*")
FXN_OP("builtins.min", "(list[float]) -> float", "*")
inline bool list_min(Ctx& cx, const List<T>& list, T& out) {
  const auto& items = list.items();
  if (FXN_UNLIKELY(items.empty())) return cx.Raise("ValueError", "min() arg is an empty sequence");
  T best = static_cast<T>(items[0]);
  for (size_t k = 1; k < items.size(); ++k)
    best = pick<T>(static_cast<T>(items[k]) < best, static_cast<T>(items[k]), best);
  out = best;
  return true;
}
template <class T>
FXN_OP("builtins.max", "(list[int]) -> int", "*")
FXN_OP("builtins.max", "(list[float]) -> float", "*")
inline bool list_max(Ctx& cx, const List<T>& list, T& out) {
  const auto& items = list.items();
  if (FXN_UNLIKELY(items.empty())) return cx.Raise("ValueError", "max() arg is an empty sequence");
  T best = static_cast<T>(items[0]);
  for (size_t k = 1; k < items.size(); ++k)
    best = pick<T>(static_cast<T>(items[k]) > best, static_cast<T>(items[k]), best);
  out = best;
  return true;
}

}  // namespace fxn::ops

namespace fxn::ops {
template <class T>
FXN_OP("fxn.empty_list", "() -> list[T]", "*")
inline List<T> list_empty() {
  return List<T>();
}
}  // namespace fxn::ops

// ==== The rest of list: identity-aware comparison, slices, methods, sort, builtins ====
namespace fxn::ops {

// An item as T without copying it: a const reference, except bool (stored as a byte).
template <class T>
inline decltype(auto) list_item(const typename List<T>::Stored& s) {
  if constexpr (std::is_same_v<T, bool>) {
    return static_cast<bool>(s);
  } else {
    return (s);
  }
}

// ---- Comparisons whose CPython answer may depend on object identity ----
// PyObject_RichCompareBool(a, b, Py_EQ), which `in`, index, count, remove and list/tuple
// comparison apply to items, answers True for one object before asking ==. Equal values are ==
// anyway, except NaN: with x = float("nan"), [x] == [x] is True but [x] == [float("nan")] is
// False, and sorted([(x, 1), (x, 0)]) orders by the second items. Compiled code does not track
// the identity of floats (unboxed) or tuples (values), so when a comparison meets NaN against
// NaN it computes every answer the identities could give (Tri::kUnknown when they differ), and
// the kernels raise NotImplementedError instead of guessing. Lists keep their identity in fxn
// (they alias as in Python), so the same list is known to be identical.
// Types that need the walk: those holding a float. A value type added later that compares its
// items with identity (dict values) would specialise HoldsFloat and Eq3/Cmp3.
enum class Tri : uint8_t { kFalse, kTrue, kUnknown };

template <class T>
struct HoldsFloat : std::false_type {};
template <>
struct HoldsFloat<double> : std::true_type {};
template <class T>
struct HoldsFloat<List<T>> : HoldsFloat<T> {};
template <class... T>
struct HoldsFloat<Tuple<T...>> : std::disjunction<HoldsFloat<T>...> {};
template <class T>
struct HoldsFloat<Optional<T>> : HoldsFloat<T> {};

inline constexpr const char* kIdentityUnknown =
    "fxn: this comparison meets NaN against NaN inside a list or tuple (or a NaN searched for in "
    "a list); CPython's answer then depends on whether they are the same float object, which "
    "compiled code does not track";
inline bool raise_identity_unknown(Ctx& cx) { return cx.Raise("NotImplementedError", kIdentityUnknown); }

namespace detail {
inline unsigned TriMask(Tri t) { return t == Tri::kFalse ? 1u : t == Tri::kTrue ? 2u : 3u; }
inline Tri MaskTri(unsigned m) { return m == 1u ? Tri::kFalse : m == 2u ? Tri::kTrue : Tri::kUnknown; }
inline Tri ToTri(bool b) { return b ? Tri::kTrue : Tri::kFalse; }
}  // namespace detail

// Eq3: PyObject_RichCompareBool(a, b, Py_EQ). Cmp3: the truth of PyObject_RichCompare(a, b, op)
// (no identity shortcut for the operands themselves, only for their items).
template <class T>
Tri Eq3(const T& a, const T& b);
inline Tri Eq3(double a, double b);
template <class T>
Tri Eq3(const List<T>& a, const List<T>& b);
template <class... T>
Tri Eq3(const Tuple<T...>& a, const Tuple<T...>& b);
template <class T>
Tri Eq3(const Optional<T>& a, const Optional<T>& b);
template <class T>
Tri Cmp3(CmpOp op, const T& a, const T& b);
template <class T>
Tri Cmp3(CmpOp op, const List<T>& a, const List<T>& b);
template <class... T>
Tri Cmp3(CmpOp op, const Tuple<T...>& a, const Tuple<T...>& b);

template <class T>
Tri Eq3(const T& a, const T& b) {
  return detail::ToTri(PyEq(a, b));
}
inline Tri Eq3(double a, double b) {
  if (a != a && b != b) return Tri::kUnknown;
  return detail::ToTri(a == b);
}
// Sequences are equal when every pair is: one pair surely unequal decides, whatever the others.
template <class T>
Tri Eq3(const List<T>& a, const List<T>& b) {
  if (a.same(b)) return Tri::kTrue;
  if (a.size() != b.size()) return Tri::kFalse;
  const auto& x = a.items();
  const auto& y = b.items();
  bool unknown = false;
  for (size_t i = 0; i < x.size(); ++i) {
    Tri r = Eq3(list_item<T>(x[i]), list_item<T>(y[i]));
    if (r == Tri::kFalse) return Tri::kFalse;
    unknown |= r == Tri::kUnknown;
  }
  return unknown ? Tri::kUnknown : Tri::kTrue;
}
template <class... T>
Tri Eq3(const Tuple<T...>& a, const Tuple<T...>& b) {
  bool is_false = false, unknown = false;
  auto step = [&](const auto& x, const auto& y) {
    if (is_false) return;
    const Tri r = Eq3(x, y);
    is_false = r == Tri::kFalse;
    unknown |= r == Tri::kUnknown;
  };
  [&]<size_t... I>(std::index_sequence<I...>) { (step(std::get<I>(a), std::get<I>(b)), ...); }(
      std::index_sequence_for<T...>{});
  return is_false ? Tri::kFalse : unknown ? Tri::kUnknown : Tri::kTrue;
}
template <class T>
Tri Eq3(const Optional<T>& a, const Optional<T>& b) {
  if (a.has != b.has) return Tri::kFalse;
  if (!a.has) return Tri::kTrue;
  return Eq3(a.value, b.value);
}

template <class T>
Tri Cmp3(CmpOp op, const T& a, const T& b) {
  return detail::ToTri(PyCmp(op, a, b));
}
// The first pair that is not equal decides with `op`; a pair that may or may not be equal adds
// both continuations to the possible answers.
template <class T>
Tri Cmp3(CmpOp op, const List<T>& a, const List<T>& b) {
  if (a.same(b)) return detail::ToTri(op == CmpOp::kLe || op == CmpOp::kGe);
  const auto& x = a.items();
  const auto& y = b.items();
  const size_t n = std::min(x.size(), y.size());
  unsigned mask = 0;
  for (size_t i = 0; i < n; ++i) {
    const Tri e = Eq3(list_item<T>(x[i]), list_item<T>(y[i]));
    if (e == Tri::kTrue) continue;
    mask |= detail::TriMask(Cmp3(op, list_item<T>(x[i]), list_item<T>(y[i])));
    if (e == Tri::kFalse || mask == 3u) return detail::MaskTri(mask);
  }
  mask |= detail::TriMask(detail::ToTri(ScalarCmp(op, x.size(), y.size())));
  return detail::MaskTri(mask);
}
template <class... T>
Tri Cmp3(CmpOp op, const Tuple<T...>& a, const Tuple<T...>& b) {
  unsigned mask = 0;
  bool done = false;
  auto step = [&](const auto& x, const auto& y) {
    if (done) return;
    const Tri e = Eq3(x, y);
    if (e == Tri::kTrue) return;
    mask |= detail::TriMask(Cmp3(op, x, y));
    if (e == Tri::kFalse || mask == 3u) done = true;
  };
  [&]<size_t... I>(std::index_sequence<I...>) { (step(std::get<I>(a), std::get<I>(b)), ...); }(
      std::index_sequence_for<T...>{});
  if (!done) mask |= detail::TriMask(detail::ToTri(op == CmpOp::kLe || op == CmpOp::kGe));
  return detail::MaskTri(mask);
}

// ---- Slices: xs[a:b:c], xs[a:b:c] = ys, del xs[a:b:c], del xs[i] ----
// The front end passes missing bounds as sentinels chosen by the step's sign (start: 0 or
// INT64_MAX, stop: INT64_MAX or INT64_MIN), which PySlice_AdjustIndices clamps like None.

// PySlice_Unpack / PySlice_AdjustIndices (fxn_core.hpp), shared with str slicing.
inline bool slice_step(Ctx& cx, int64_t& step) { return SliceStep(cx, step); }
inline int64_t slice_adjust(int64_t length, int64_t& start, int64_t& stop, int64_t step) {
  return SliceAdjust(length, start, stop, step);
}
// start + i * step without signed overflow (the product stays inside the list).
inline size_t slice_at(int64_t start, int64_t i, int64_t step) {
  return static_cast<size_t>(static_cast<uint64_t>(start) + static_cast<uint64_t>(i) * static_cast<uint64_t>(step));
}
// list_ass_slice()'s clamping of a step-1 slice: [low, high) inside the list.
inline void slice_clamp(int64_t size, int64_t start, int64_t stop, int64_t& low, int64_t& high) {
  low = start < 0 ? 0 : start > size ? size : start;
  high = stop < low ? low : stop > size ? size : stop;
}

// Slices: the front end passes missing bounds as sentinels chosen by the step's sign (start: 0 or
// INT64_MAX, stop: INT64_MAX or INT64_MIN), which CPython's clamping treats as None.
template <class T>
FXN_OP("fxn.slice", "(list[T], int, int, int) -> list[T]", "*")
inline bool list_slice(Ctx& cx, const List<T>& list, int64_t start, int64_t stop, int64_t step, List<T>& out) {
  if (!slice_step(cx, step)) return false;
  const auto& src = list.items();
  const int64_t n = slice_adjust(list.size(), start, stop, step);
  std::vector<typename List<T>::Stored> dst;
  if (n > 0) {
    if (step == 1) {
      dst.assign(src.begin() + static_cast<std::ptrdiff_t>(start), src.begin() + static_cast<std::ptrdiff_t>(start + n));
    } else {
      dst.reserve(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) dst.push_back(src[slice_at(start, i, step)]);
    }
  }
  out = List<T>(std::move(dst));
  return true;
}

// list_ass_subscript with a slice and a value; `xs[a:b] = xs` assigns a copy, as CPython does.
template <class T>
FXN_OP("fxn.setslice", "(list[T], int, int, int, list[T]) -> None", "*")
inline bool list_setslice(Ctx& cx, const List<T>& list, int64_t start, int64_t stop, int64_t step, const List<T>& value) {
  if (!slice_step(cx, step)) return false;
  auto& items = list.items();
  const int64_t size = list.size();
  const int64_t slicelength = slice_adjust(size, start, stop, step);
  std::vector<typename List<T>::Stored> copy;
  const std::vector<typename List<T>::Stored>* src = &value.items();
  if (value.same(list)) {
    copy = items;
    src = &copy;
  }
  if (step == 1) {
    int64_t low, high;
    slice_clamp(size, start, stop, low, high);
    const int64_t n = static_cast<int64_t>(src->size());
    if (n == high - low) {
      std::copy(src->begin(), src->end(), items.begin() + static_cast<std::ptrdiff_t>(low));
    } else {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(low), items.begin() + static_cast<std::ptrdiff_t>(high));
      items.insert(items.begin() + static_cast<std::ptrdiff_t>(low), src->begin(), src->end());
    }
    return true;
  }
  if (static_cast<int64_t>(src->size()) != slicelength) {
    return cx.Raisef("ValueError", "attempt to assign sequence of size %lld to extended slice of size %lld",
                     static_cast<long long>(src->size()), static_cast<long long>(slicelength));
  }
  for (int64_t i = 0; i < slicelength; ++i) items[slice_at(start, i, step)] = (*src)[static_cast<size_t>(i)];
  return true;
}

template <class T>
FXN_OP("fxn.delslice", "(list[T], int, int, int) -> None", "*")
inline bool list_delslice(Ctx& cx, const List<T>& list, int64_t start, int64_t stop, int64_t step) {
  if (!slice_step(cx, step)) return false;
  auto& items = list.items();
  const int64_t size = list.size();
  const int64_t slicelength = slice_adjust(size, start, stop, step);
  if (step == 1) {
    int64_t low, high;
    slice_clamp(size, start, stop, low, high);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(low), items.begin() + static_cast<std::ptrdiff_t>(high));
    return true;
  }
  if (slicelength <= 0) return true;
  if (step < 0) {  // the same items, walked upwards
    stop = start + 1;
    start = stop + step * (slicelength - 1) - 1;
    step = -step;
  }
  size_t w = static_cast<size_t>(start);
  int64_t next = 0;  // index (in slice steps) of the next item to drop
  for (size_t r = static_cast<size_t>(start); r < items.size(); ++r) {
    if (next < slicelength && r == slice_at(start, next, step)) {
      ++next;
      continue;
    }
    items[w++] = std::move(items[r]);
  }
  items.resize(w);
  return true;
}

template <class T>
FXN_OP("operator.delitem", "(list[T], int) -> None", "*")
inline bool list_delitem(Ctx& cx, const List<T>& list, int64_t index) {
  if (FXN_UNLIKELY(!list_normalize_index(list.size(), index))) {
    return cx.Raise("IndexError", "list assignment index out of range");
  }
  list.items().erase(list.items().begin() + static_cast<std::ptrdiff_t>(index));
  return true;
}

// ---- list methods ----
// extend: xs.extend(xs) doubles the list (the items before the call, once).
template <class T>
FXN_OP("list.extend", "(list[T], list[T]) -> None", "*")
inline void list_extend(const List<T>& list, const List<T>& other) {
  auto& dst = list.items();
  if (list.same(other)) {
    const size_t n = dst.size();
    dst.reserve(2 * n);
    for (size_t i = 0; i < n; ++i) dst.push_back(dst[i]);
  } else {
    dst.insert(dst.end(), other.items().begin(), other.items().end());
  }
}

// insert: ins1()'s clamping: negative counts from the end, then into [0, len].
template <class T>
FXN_OP("list.insert", "(list[T], int, T) -> None", "*")
inline void list_insert(const List<T>& list, int64_t where, const T& value) {
  auto& items = list.items();
  const int64_t n = list.size();
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  items.insert(items.begin() + static_cast<std::ptrdiff_t>(where), List<T>::Store(value));
}

template <class T>
FXN_OP("list.pop", "(list[T]) -> T", "*")
inline bool list_pop_last(Ctx& cx, const List<T>& list, T& out) {
  auto& items = list.items();
  if (FXN_UNLIKELY(items.empty())) return cx.Raise("IndexError", "pop from empty list");
  out = static_cast<T>(std::move(items.back()));
  items.pop_back();
  return true;
}
template <class T>
FXN_OP("list.pop", "(list[T], int) -> T", "*")
inline bool list_pop(Ctx& cx, const List<T>& list, int64_t index, T& out) {
  auto& items = list.items();
  if (FXN_UNLIKELY(items.empty())) return cx.Raise("IndexError", "pop from empty list");
  if (FXN_UNLIKELY(!list_normalize_index(list.size(), index))) return cx.Raise("IndexError", "pop index out of range");
  out = static_cast<T>(std::move(items[static_cast<size_t>(index)]));
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
  return true;
}

// The first index in [start, stop) whose item == value (-1: none); false when an item that may
// or may not be the same object as value comes first.
template <class T>
inline bool list_find(Ctx& cx, const List<T>& list, const T& value, int64_t start, int64_t stop, int64_t& found) {
  const auto& items = list.items();
  const int64_t end = std::min(stop, list.size());
  for (int64_t i = start; i < end; ++i) {
    const Tri r = Eq3(list_item<T>(items[static_cast<size_t>(i)]), value);
    if (r == Tri::kFalse) continue;
    if (r == Tri::kUnknown) return raise_identity_unknown(cx);
    found = i;
    return true;
  }
  found = -1;
  return true;
}

template <class T>
FXN_OP("list.remove", "(list[T], T) -> None", "*")
inline bool list_remove(Ctx& cx, const List<T>& list, const T& value) {
  int64_t i;
  if (!list_find(cx, list, value, 0, INT64_MAX, i)) return false;
  if (i < 0) return cx.Raise("ValueError", "list.remove(x): x not in list");
  list.items().erase(list.items().begin() + static_cast<std::ptrdiff_t>(i));
  return true;
}

// list.index(value[, start[, stop]]): start/stop as list_index_impl clamps them; the error
// shows repr(value) ("ValueError: 5 is not in list").
template <class T>
inline bool list_index_range(Ctx& cx, const List<T>& list, const T& value, int64_t start, int64_t stop, int64_t& out);
template <class T>
FXN_OP("list.index", "(list[T], T) -> int", "*")
inline bool list_index(Ctx& cx, const List<T>& list, const T& value, int64_t& out) {
  return list_index_range(cx, list, value, 0, INT64_MAX, out);
}
template <class T>
FXN_OP("list.index", "(list[T], T, int) -> int", "*")
inline bool list_index_from(Ctx& cx, const List<T>& list, const T& value, int64_t start, int64_t& out) {
  return list_index_range(cx, list, value, start, INT64_MAX, out);
}
template <class T>
FXN_OP("list.index", "(list[T], T, int, int) -> int", "*")
inline bool list_index_range(Ctx& cx, const List<T>& list, const T& value, int64_t start, int64_t stop, int64_t& out) {
  const int64_t size = list.size();
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size;
    if (stop < 0) stop = 0;
  }
  if (!list_find(cx, list, value, start, stop, out)) return false;
  if (out < 0) {
    std::string repr;
    Format<T>::Repr(repr, value);
    repr += " is not in list";
    // A message past the exception buffer is cut, as every long message is (WORKSPACE.md's
    // divergences): the exception is still CPython's ValueError.
    return cx.Raise("ValueError", repr.c_str());
  }
  return true;
}

template <class T>
FXN_OP("list.count", "(list[T], T) -> int", "*")
inline bool list_count(Ctx& cx, const List<T>& list, const T& value, int64_t& out) {
  int64_t n = 0;
  for (const auto& item : list.items()) {
    const Tri r = Eq3(list_item<T>(item), value);
    if (r == Tri::kUnknown) return raise_identity_unknown(cx);
    n += r == Tri::kTrue;
  }
  out = n;
  return true;
}

// `value in xs`: True as soon as one item is surely equal; unknown only if none is.
template <class T>
FXN_OP("operator.contains", "(list[T], T) -> bool", "*")
inline bool list_contains(Ctx& cx, const List<T>& list, const T& value, bool& out) {
  bool unknown = false;
  for (const auto& item : list.items()) {
    const Tri r = Eq3(list_item<T>(item), value);
    if (r == Tri::kTrue) {
      out = true;
      return true;
    }
    unknown |= r == Tri::kUnknown;
  }
  if (unknown) return raise_identity_unknown(cx);
  out = false;
  return true;
}

template <class T>
FXN_OP("list.reverse", "(list[T]) -> None", "*")
inline void list_reverse(const List<T>& list) {
  std::reverse(list.items().begin(), list.items().end());
}
template <class T>
FXN_OP("list.copy", "(list[T]) -> list[T]", "*")
FXN_OP("builtins.list", "(list[T]) -> list[T]", "*")
inline List<T> list_copy(const List<T>& list) {
  return List<T>(list.items());
}
template <class T>
FXN_OP("list.clear", "(list[T]) -> None", "*")
inline void list_clear(const List<T>& list) {
  list.items().clear();
}
// reversed(xs) materialised (the front end iterates `for x in reversed(xs)` itself).
template <class T>
FXN_OP("builtins.reversed", "(list[T]) -> list[T]", "*")
inline List<T> list_reversed(const List<T>& list) {
  return List<T>(std::vector<typename List<T>::Stored>(list.items().rbegin(), list.items().rend()));
}

// ---- Sorting: list.sort / sorted, with reverse= and with precomputed keys ----
// The timsort of ops_sort.hpp over the items (or over the keys, the items following), comparing
// with PyCmp(<) as CPython's pre-sort check would (floats: plain <; tuples and lists: item by
// item, with the identity caveat above raising NotImplementedError).
template <class T>
struct SortLess {
  Ctx* cx;
  using S = typename List<T>::Stored;
  int operator()(const S& a, const S& b) const {
    if constexpr (HoldsFloat<T>::value && !std::is_same_v<T, double>) {
      const Tri r = Cmp3(CmpOp::kLt, list_item<T>(a), list_item<T>(b));
      if (FXN_UNLIKELY(r == Tri::kUnknown)) {
        raise_identity_unknown(*cx);
        return -1;
      }
      return r == Tri::kTrue;
    } else {
      return PyCmp(CmpOp::kLt, list_item<T>(a), list_item<T>(b)) ? 1 : 0;
    }
  }
};

template <class T>
inline bool list_sort_reverse(Ctx& cx, const List<T>& list, bool reverse);
template <class T>
FXN_OP("list.sort", "(list[T]) -> None", "*")
inline bool list_sort(Ctx& cx, const List<T>& list) {
  return list_sort_reverse(cx, list, false);
}
template <class T>
FXN_OP("list.sort", "(list[T], bool) -> None", "*")
inline bool list_sort_reverse(Ctx& cx, const List<T>& list, bool reverse) {
  SortLess<T> lt{&cx};
  auto& items = list.items();
  return timsort::Sort(items.data(), static_cast<timsort::NoValues*>(nullptr), list.size(), reverse, lt);
}
// list.sort(key=f, reverse=r) once the front end has computed keys = [f(x) for x in xs].
template <class T, class K>
FXN_OP("fxn.sort_by_keys", "(list[T], list[K], bool) -> None", "*")
inline bool list_sort_by_keys(Ctx& cx, const List<T>& list, const List<K>& keys, bool reverse) {
  if (FXN_UNLIKELY(keys.size() != list.size())) return cx.Raise("SystemError", "fxn: sort keys and items differ in number");
  std::vector<typename List<K>::Stored> k = keys.items();  // the keys list may be the list itself
  SortLess<K> lt{&cx};
  return timsort::Sort(k.data(), list.items().data(), list.size(), reverse, lt);
}
template <class T>
inline bool list_sorted_reverse(Ctx& cx, const List<T>& list, bool reverse, List<T>& out);
template <class T>
FXN_OP("builtins.sorted", "(list[T]) -> list[T]", "*")
inline bool list_sorted(Ctx& cx, const List<T>& list, List<T>& out) {
  return list_sorted_reverse(cx, list, false, out);
}
template <class T>
FXN_OP("builtins.sorted", "(list[T], bool) -> list[T]", "*")
inline bool list_sorted_reverse(Ctx& cx, const List<T>& list, bool reverse, List<T>& out) {
  List<T> result(list.items());
  if (!list_sort_reverse(cx, result, reverse)) return false;
  out = std::move(result);
  return true;
}
template <class T, class K>
FXN_OP("fxn.sorted_by_keys", "(list[T], list[K], bool) -> list[T]", "*")
inline bool list_sorted_by_keys(Ctx& cx, const List<T>& list, const List<K>& keys, bool reverse, List<T>& out) {
  List<T> result(list.items());
  if (!list_sort_by_keys(cx, result, keys, reverse)) return false;
  out = std::move(result);
  return true;
}

// ---- sum() ----
// Ints: CPython's result is exact whatever the partial sums; fxn adds in 128 bits (two words,
// no __int128) once a partial sum leaves 64 bits, and raises OverflowError only when the final
// sum does not fit (CPython itself would return the big int: fxn's 64-bit limit).
namespace detail {
struct WideSum {
  uint64_t lo;
  int64_t hi;
  void Add(int64_t x) {
    const uint64_t old = lo;
    lo += static_cast<uint64_t>(x);
    hi += (x < 0 ? -1 : 0) + (lo < old ? 1 : 0);
  }
  bool Get(int64_t& out) const {
    if (hi != (static_cast<int64_t>(lo) < 0 ? -1 : 0)) return false;
    out = static_cast<int64_t>(lo);
    return true;
  }
};
}  // namespace detail

inline bool list_sum_int_start(Ctx& cx, const List<int64_t>& list, int64_t start, int64_t& out);
FXN_OP("builtins.sum", "(list[int]) -> int", "*")
inline bool list_sum_int(Ctx& cx, const List<int64_t>& list, int64_t& out) {
  return list_sum_int_start(cx, list, 0, out);
}
FXN_OP("builtins.sum", "(list[int], int) -> int", "*")
inline bool list_sum_int_start(Ctx& cx, const List<int64_t>& list, int64_t start, int64_t& out) {
  const auto& items = list.items();
  int64_t s = start;
  size_t i = 0;
  for (; i < items.size(); ++i) {
    if (FXN_UNLIKELY(__builtin_add_overflow(s, items[i], &s))) break;
  }
  if (i == items.size()) {
    out = s;
    return true;
  }
  detail::WideSum w{static_cast<uint64_t>(start), start < 0 ? -1 : 0};
  for (int64_t x : items) w.Add(x);
  if (!w.Get(out)) return int_overflow(cx);
  return true;
}
// Floats (3.11: plain left-to-right double additions, no compensation): sum(xs, start) starts
// from start. sum(xs) without a start is in ops_dyn.hpp: its result is the int 0 for an empty list.
FXN_OP("builtins.sum", "(list[float], float) -> float", "*")
inline double list_sum_float_start(const List<double>& list, double start) {
  double s = start;
  for (double x : list.items()) s += x;
  return s;
}
// sum(xs) of floats is dynamic (ops_dyn.hpp: the int 0 for an empty list); where a module cannot
// hold it dynamic, the front end takes this float instead, which raises on an empty list.
FXN_OP("fxn.sum_float_nonempty", "(list[float]) -> float", "*")
inline bool list_sum_float_nonempty(Ctx& cx, const List<double>& list, double& out) {
  if (FXN_UNLIKELY(list.items().empty())) {
    return cx.Raise("TypeError",
                    "fxn: sum() of an empty list of float is the int 0 in CPython, which a float result cannot "
                    "hold; pass a float start: sum(xs, 0.0)");
  }
  out = list_sum_float_start(list, 0.0);
  return true;
}
// sum(bools): the number of True items.
FXN_OP("builtins.sum", "(list[bool]) -> int", "*")
inline int64_t list_sum_bool(const List<bool>& list) {
  int64_t n = 0;
  for (const auto& b : list.items()) n += static_cast<bool>(b);
  return n;
}

// ---- min / max over any comparable values (the list[int]/list[float] rows above win there) ----
// CPython keeps the first item unless a later one compares < (min) or > (max) to the best so far.
template <class T>
inline bool list_extreme(Ctx& cx, const List<T>& list, CmpOp op, const char* empty, T& out) {
  const auto& items = list.items();
  if (FXN_UNLIKELY(items.empty())) return cx.Raise("ValueError", empty);
  size_t best = 0;
  for (size_t k = 1; k < items.size(); ++k) {
    const Tri r = Cmp3(op, list_item<T>(items[k]), list_item<T>(items[best]));
    if (FXN_UNLIKELY(r == Tri::kUnknown)) return raise_identity_unknown(cx);
    if (r == Tri::kTrue) best = k;
  }
  out = static_cast<T>(items[best]);
  return true;
}
template <class T>
FXN_OP("builtins.min", "(list[T]) -> T", "*")
inline bool list_min_any(Ctx& cx, const List<T>& list, T& out) {
  return list_extreme(cx, list, CmpOp::kLt, "min() arg is an empty sequence", out);
}
template <class T>
FXN_OP("builtins.max", "(list[T]) -> T", "*")
inline bool list_max_any(Ctx& cx, const List<T>& list, T& out) {
  return list_extreme(cx, list, CmpOp::kGt, "max() arg is an empty sequence", out);
}
// min(a, b, ...) / max(a, b, ...): the arguments, then the out-parameter.
namespace detail {
template <class T, class Tup, size_t... I>
inline bool ValuesExtreme(Ctx& cx, CmpOp op, const T& first, Tup& rest, std::index_sequence<I...>) {
  const T* best = &first;
  bool unknown = false;
  auto consider = [&](const T& v) {
    if (unknown) return;
    const Tri r = Cmp3(op, v, *best);
    if (r == Tri::kUnknown) unknown = true;
    else if (r == Tri::kTrue) best = &v;
  };
  (consider(std::get<I>(rest)), ...);
  if (FXN_UNLIKELY(unknown)) return raise_identity_unknown(cx);
  std::get<sizeof...(I)>(rest) = *best;
  return true;
}
}  // namespace detail
// Any one type (str, tuples); scalar_min/scalar_max's int and float rows above are found first.
template <class T, class... R>
FXN_OP("builtins.min", "(T, T, T...) -> T", "*")
inline bool values_min(Ctx& cx, const T& first, R&... rest) {
  auto tied = std::tie(rest...);
  return detail::ValuesExtreme(cx, CmpOp::kLt, first, tied, std::make_index_sequence<sizeof...(R) - 1>{});
}
template <class T, class... R>
FXN_OP("builtins.max", "(T, T, T...) -> T", "*")
inline bool values_max(Ctx& cx, const T& first, R&... rest) {
  auto tied = std::tie(rest...);
  return detail::ValuesExtreme(cx, CmpOp::kGt, first, tied, std::make_index_sequence<sizeof...(R) - 1>{});
}

// ---- any / all ----
template <class T>
FXN_OP("builtins.any", "(list[T]) -> bool", "*")
inline bool list_any(const List<T>& list) {
  for (const auto& x : list.items())
    if (PyTruth(list_item<T>(x))) return true;
  return false;
}
template <class T>
FXN_OP("builtins.all", "(list[T]) -> bool", "*")
inline bool list_all(const List<T>& list) {
  for (const auto& x : list.items())
    if (!PyTruth(list_item<T>(x))) return false;
  return true;
}

// ---- ==, !=, <, <=, >, >= on lists, and on any other values (tuples) ----
// NotImplementedError where CPython's answer would depend on whether two NaNs are the same
// object. Tuples have one row per arity, not (T, T): that would shadow the str, dict and set rows
// of ops_str.hpp and ops_dict.hpp, which come later in the table.
template <class T>
FXN_OP("operator.eq", "(list[T], list[T]) -> bool", "*")
FXN_OP("operator.eq", "(tuple[], tuple[]) -> bool", "*")
FXN_OP("operator.eq", "(tuple[A], tuple[A]) -> bool", "*")
FXN_OP("operator.eq", "(tuple[A, B], tuple[A, B]) -> bool", "*")
FXN_OP("operator.eq", "(tuple[A, B, C], tuple[A, B, C]) -> bool", "*")
FXN_OP("operator.eq", "(tuple[A, B, C, D], tuple[A, B, C, D]) -> bool", "*")
FXN_OP("operator.eq", "(tuple[A, B, C, D, E], tuple[A, B, C, D, E]) -> bool", "*")
FXN_OP("operator.eq", "(tuple[A, B, C, D, E, F], tuple[A, B, C, D, E, F]) -> bool", "*")
FXN_OP("operator.eq", "(tuple[A, B, C, D, E, F, G], tuple[A, B, C, D, E, F, G]) -> bool", "*")
FXN_OP("operator.eq", "(tuple[A, B, C, D, E, F, G, H], tuple[A, B, C, D, E, F, G, H]) -> bool", "*")
inline bool value_eq(Ctx& cx, const T& a, const T& b, bool& out) {
  const Tri r = Eq3(a, b);
  if (FXN_UNLIKELY(r == Tri::kUnknown)) return raise_identity_unknown(cx);
  out = r == Tri::kTrue;
  return true;
}
template <class T>
FXN_OP("operator.ne", "(list[T], list[T]) -> bool", "*")
FXN_OP("operator.ne", "(tuple[], tuple[]) -> bool", "*")
FXN_OP("operator.ne", "(tuple[A], tuple[A]) -> bool", "*")
FXN_OP("operator.ne", "(tuple[A, B], tuple[A, B]) -> bool", "*")
FXN_OP("operator.ne", "(tuple[A, B, C], tuple[A, B, C]) -> bool", "*")
FXN_OP("operator.ne", "(tuple[A, B, C, D], tuple[A, B, C, D]) -> bool", "*")
FXN_OP("operator.ne", "(tuple[A, B, C, D, E], tuple[A, B, C, D, E]) -> bool", "*")
FXN_OP("operator.ne", "(tuple[A, B, C, D, E, F], tuple[A, B, C, D, E, F]) -> bool", "*")
FXN_OP("operator.ne", "(tuple[A, B, C, D, E, F, G], tuple[A, B, C, D, E, F, G]) -> bool", "*")
FXN_OP("operator.ne", "(tuple[A, B, C, D, E, F, G, H], tuple[A, B, C, D, E, F, G, H]) -> bool", "*")
inline bool value_ne(Ctx& cx, const T& a, const T& b, bool& out) {
  if (!value_eq(cx, a, b, out)) return false;
  out = !out;
  return true;
}
template <class T>
inline bool value_cmp(Ctx& cx, CmpOp op, const T& a, const T& b, bool& out) {
  const Tri r = Cmp3(op, a, b);
  if (FXN_UNLIKELY(r == Tri::kUnknown)) return raise_identity_unknown(cx);
  out = r == Tri::kTrue;
  return true;
}
template <class T>
FXN_OP("operator.lt", "(list[T], list[T]) -> bool", "*")
FXN_OP("operator.lt", "(tuple[], tuple[]) -> bool", "*")
FXN_OP("operator.lt", "(tuple[A], tuple[A]) -> bool", "*")
FXN_OP("operator.lt", "(tuple[A, B], tuple[A, B]) -> bool", "*")
FXN_OP("operator.lt", "(tuple[A, B, C], tuple[A, B, C]) -> bool", "*")
FXN_OP("operator.lt", "(tuple[A, B, C, D], tuple[A, B, C, D]) -> bool", "*")
FXN_OP("operator.lt", "(tuple[A, B, C, D, E], tuple[A, B, C, D, E]) -> bool", "*")
FXN_OP("operator.lt", "(tuple[A, B, C, D, E, F], tuple[A, B, C, D, E, F]) -> bool", "*")
FXN_OP("operator.lt", "(tuple[A, B, C, D, E, F, G], tuple[A, B, C, D, E, F, G]) -> bool", "*")
FXN_OP("operator.lt", "(tuple[A, B, C, D, E, F, G, H], tuple[A, B, C, D, E, F, G, H]) -> bool", "*")
inline bool value_lt(Ctx& cx, const T& a, const T& b, bool& out) {
  return value_cmp(cx, CmpOp::kLt, a, b, out);
}
template <class T>
FXN_OP("operator.le", "(list[T], list[T]) -> bool", "*")
FXN_OP("operator.le", "(tuple[], tuple[]) -> bool", "*")
FXN_OP("operator.le", "(tuple[A], tuple[A]) -> bool", "*")
FXN_OP("operator.le", "(tuple[A, B], tuple[A, B]) -> bool", "*")
FXN_OP("operator.le", "(tuple[A, B, C], tuple[A, B, C]) -> bool", "*")
FXN_OP("operator.le", "(tuple[A, B, C, D], tuple[A, B, C, D]) -> bool", "*")
FXN_OP("operator.le", "(tuple[A, B, C, D, E], tuple[A, B, C, D, E]) -> bool", "*")
FXN_OP("operator.le", "(tuple[A, B, C, D, E, F], tuple[A, B, C, D, E, F]) -> bool", "*")
FXN_OP("operator.le", "(tuple[A, B, C, D, E, F, G], tuple[A, B, C, D, E, F, G]) -> bool", "*")
FXN_OP("operator.le", "(tuple[A, B, C, D, E, F, G, H], tuple[A, B, C, D, E, F, G, H]) -> bool", "*")
inline bool value_le(Ctx& cx, const T& a, const T& b, bool& out) {
  return value_cmp(cx, CmpOp::kLe, a, b, out);
}
template <class T>
FXN_OP("operator.gt", "(list[T], list[T]) -> bool", "*")
FXN_OP("operator.gt", "(tuple[], tuple[]) -> bool", "*")
FXN_OP("operator.gt", "(tuple[A], tuple[A]) -> bool", "*")
FXN_OP("operator.gt", "(tuple[A, B], tuple[A, B]) -> bool", "*")
FXN_OP("operator.gt", "(tuple[A, B, C], tuple[A, B, C]) -> bool", "*")
FXN_OP("operator.gt", "(tuple[A, B, C, D], tuple[A, B, C, D]) -> bool", "*")
FXN_OP("operator.gt", "(tuple[A, B, C, D, E], tuple[A, B, C, D, E]) -> bool", "*")
FXN_OP("operator.gt", "(tuple[A, B, C, D, E, F], tuple[A, B, C, D, E, F]) -> bool", "*")
FXN_OP("operator.gt", "(tuple[A, B, C, D, E, F, G], tuple[A, B, C, D, E, F, G]) -> bool", "*")
FXN_OP("operator.gt", "(tuple[A, B, C, D, E, F, G, H], tuple[A, B, C, D, E, F, G, H]) -> bool", "*")
inline bool value_gt(Ctx& cx, const T& a, const T& b, bool& out) {
  return value_cmp(cx, CmpOp::kGt, a, b, out);
}
template <class T>
FXN_OP("operator.ge", "(list[T], list[T]) -> bool", "*")
FXN_OP("operator.ge", "(tuple[], tuple[]) -> bool", "*")
FXN_OP("operator.ge", "(tuple[A], tuple[A]) -> bool", "*")
FXN_OP("operator.ge", "(tuple[A, B], tuple[A, B]) -> bool", "*")
FXN_OP("operator.ge", "(tuple[A, B, C], tuple[A, B, C]) -> bool", "*")
FXN_OP("operator.ge", "(tuple[A, B, C, D], tuple[A, B, C, D]) -> bool", "*")
FXN_OP("operator.ge", "(tuple[A, B, C, D, E], tuple[A, B, C, D, E]) -> bool", "*")
FXN_OP("operator.ge", "(tuple[A, B, C, D, E, F], tuple[A, B, C, D, E, F]) -> bool", "*")
FXN_OP("operator.ge", "(tuple[A, B, C, D, E, F, G], tuple[A, B, C, D, E, F, G]) -> bool", "*")
FXN_OP("operator.ge", "(tuple[A, B, C, D, E, F, G, H], tuple[A, B, C, D, E, F, G, H]) -> bool", "*")
inline bool value_ge(Ctx& cx, const T& a, const T& b, bool& out) {
  return value_cmp(cx, CmpOp::kGe, a, b, out);
}

// ---- enumerate / zip / list(range(...)) / n * xs, materialised as lists ----
template <class T>
inline bool list_enumerate_from(Ctx& cx, const List<T>& list, int64_t start, List<Tuple<int64_t, T>>& out);
template <class T>
FXN_OP("builtins.enumerate", "(list[T]) -> list[tuple[int, T]]", "*")
inline bool list_enumerate(Ctx& cx, const List<T>& list, List<Tuple<int64_t, T>>& out) {
  return list_enumerate_from(cx, list, 0, out);
}
template <class T>
FXN_OP("builtins.enumerate", "(list[T], int) -> list[tuple[int, T]]", "*")
inline bool list_enumerate_from(Ctx& cx, const List<T>& list, int64_t start, List<Tuple<int64_t, T>>& out) {
  const auto& items = list.items();
  if (!items.empty() && start > INT64_MAX - static_cast<int64_t>(items.size() - 1)) return int_overflow(cx);
  std::vector<Tuple<int64_t, T>> dst;
  dst.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) dst.emplace_back(start + static_cast<int64_t>(i), static_cast<T>(items[i]));
  out = List<Tuple<int64_t, T>>(std::move(dst));
  return true;
}

// zip() stops at the shortest list.
template <class A, class B>
FXN_OP("builtins.zip", "(list[A], list[B]) -> list[tuple[A, B]]", "*")
inline List<Tuple<A, B>> list_zip(const List<A>& a, const List<B>& b) {
  const size_t n = std::min(a.items().size(), b.items().size());
  std::vector<Tuple<A, B>> dst;
  dst.reserve(n);
  for (size_t i = 0; i < n; ++i) dst.emplace_back(static_cast<A>(a.items()[i]), static_cast<B>(b.items()[i]));
  return List<Tuple<A, B>>(std::move(dst));
}
template <class A, class B, class C>
FXN_OP("builtins.zip", "(list[A], list[B], list[C]) -> list[tuple[A, B, C]]", "*")
inline List<Tuple<A, B, C>> list_zip3(const List<A>& a, const List<B>& b, const List<C>& c) {
  const size_t n = std::min({a.items().size(), b.items().size(), c.items().size()});
  std::vector<Tuple<A, B, C>> dst;
  dst.reserve(n);
  for (size_t i = 0; i < n; ++i)
    dst.emplace_back(static_cast<A>(a.items()[i]), static_cast<B>(b.items()[i]), static_cast<C>(c.items()[i]));
  return List<Tuple<A, B, C>>(std::move(dst));
}

// list(range(start, stop, step)). CPython: a length past sys.maxsize fails in len() with
// OverflowError; a list too big to allocate is MemoryError (fxn: past 2**40 items, as list * n).
FXN_OP("fxn.range_list", "(int, int, int) -> list[int]", "*")
inline bool range_list(Ctx& cx, int64_t start, int64_t stop, int64_t step, List<int64_t>& out) {
  if (FXN_UNLIKELY(step == 0)) return cx.Raise("ValueError", "range() arg 3 must not be zero");
  const uint64_t n = RangeLength(start, stop, step);
  if (FXN_UNLIKELY(n > static_cast<uint64_t>(INT64_MAX))) {
    return cx.Raise("OverflowError", "Python int too large to convert to C ssize_t");
  }
  if (FXN_UNLIKELY(n > (uint64_t{1} << 40))) return cx.Raise("MemoryError", "");
  std::vector<int64_t> dst(static_cast<size_t>(n));
  uint64_t v = static_cast<uint64_t>(start);
  for (size_t i = 0; i < dst.size(); ++i, v += static_cast<uint64_t>(step)) dst[i] = static_cast<int64_t>(v);
  out = List<int64_t>(std::move(dst));
  return true;
}

// list(range(...)) and enumerate() with fxn::Int items, for a module's copy over unbounded ints
// (WORKSPACE.md "Ints past 64 bits"; the lowering's UnboundedIntKernels names them).
inline bool range_list_big(Ctx& cx, const Int& start, const Int& stop, const Int& step, List<Int>& out) {
  if (!stop.small() && start.small() && step.small() && step.v() != 0) {
    // A length past sys.maxsize is CPython's OverflowError; a shorter one too big a list.
    const Int one = Int::Small(step.v() > 0 ? 1 : -1);
    Int span, len;
    intops::sub(cx, stop, start, span);
    intops::add(cx, span, Int::Small(step.v()), span);
    intops::sub(cx, span, one, span);
    if (!intops::floordiv(cx, span, step, len)) return false;
    if (!len.small()) return cx.Raise("OverflowError", "Python int too large to convert to C ssize_t");
  }
  int64_t a = 0, b = 0, c = 0;
  if (!NarrowToWord(cx, start, a) || !RangeStopStep(cx, stop, step, b, c)) return false;
  List<int64_t> words(List<int64_t>::UnsetTag{});
  if (!range_list(cx, a, b, c, words)) return false;
  out = List<Int>(std::vector<Int>(words.items().begin(), words.items().end()));
  return true;
}
template <class T>
inline bool list_enumerate_from_big(Ctx& cx, const List<T>& list, const Int& start, List<Tuple<Int, T>>& out) {
  const auto& items = list.items();
  std::vector<Tuple<Int, T>> dst;
  dst.reserve(items.size());
  Int i = start;
  for (size_t k = 0; k < items.size(); ++k) {
    dst.emplace_back(i, static_cast<T>(items[k]));
    Int next;
    intops::add(cx, i, Int::Small(1), next);
    i = std::move(next);
  }
  out = List<Tuple<Int, T>>(std::move(dst));
  return true;
}
template <class T>
inline bool list_enumerate_big(Ctx& cx, const List<T>& list, List<Tuple<Int, T>>& out) {
  return list_enumerate_from_big(cx, list, Int::Small(0), out);
}

// n * xs == xs * n.
template <class T>
FXN_OP("operator.mul", "(int, list[T]) -> list[T]", "*")
inline bool list_repeat_left(Ctx& cx, int64_t n, const List<T>& list, List<T>& out) {
  return list_repeat(cx, list, n, out);
}

}  // namespace fxn::ops
