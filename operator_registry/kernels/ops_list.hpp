// Homogeneous lists (fxn::List<T>) and the builtins over them and over scalars.
#pragma once
#include <cstdint>
#include <type_traits>

#include "fxn_runtime.hpp"

namespace fxn::ops {

// Python's index rule: negative counts from the end. The common case (0 <= index < size) is
// one unsigned compare.
inline bool list_normalize_index(int64_t size, int64_t& index) {
  if (__builtin_expect(static_cast<uint64_t>(index) < static_cast<uint64_t>(size), 1)) return true;
  if (index < 0) index += size;
  return index >= 0 && index < size;
}

template <class T>
inline bool list_getitem(Ctx& cx, const List<T>& list, int64_t index, T& out) {
  if (FXN_UNLIKELY(!list_normalize_index(list.size(), index))) {
    return cx.Raise("IndexError", "list index out of range");
  }
  out = static_cast<T>(list.items()[static_cast<size_t>(index)]);
  return true;
}

template <class T>
inline bool list_setitem(Ctx& cx, const List<T>& list, int64_t index, const T& value) {
  if (FXN_UNLIKELY(!list_normalize_index(list.size(), index))) {
    return cx.Raise("IndexError", "list assignment index out of range");
  }
  list.items()[static_cast<size_t>(index)] = List<T>::Store(value);
  return true;
}

template <class T>
inline void list_append(const List<T>& list, const T& value) {
  list.items().push_back(List<T>::Store(value));
}

template <class T>
inline int64_t list_len(const List<T>& list) {
  return list.size();
}

template <class T>
inline bool list_truth(const List<T>& list) {
  return list.size() != 0;
}

// [x, y, ...]
template <class T, class... Rest>
inline List<T> list_build(const T& first, const Rest&... rest) {
  return List<T>(std::vector<typename List<T>::Stored>{List<T>::Store(first), List<T>::Store(static_cast<T>(rest))...});
}

// list * n: shallow copies, so [[0] * 3] * 2 aliases its rows exactly as Python's does.
template <class T>
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
inline T scalar_min(const T& first, const Rest&... rest) {
  T best = first;
  ((best = pick<T>(static_cast<T>(rest) < best, static_cast<T>(rest), best)), ...);
  return best;
}
template <class T, class... Rest>
inline T scalar_max(const T& first, const Rest&... rest) {
  T best = first;
  ((best = pick<T>(static_cast<T>(rest) > best, static_cast<T>(rest), best)), ...);
  return best;
}
template <class T>
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
inline List<T> list_empty() {
  return List<T>();
}
}  // namespace fxn::ops
