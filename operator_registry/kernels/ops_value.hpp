// Kernels over any value type: truth tests, `T | None` (Optional), object identity and the
// length check of list unpacking. Each works for every type through the runtime's traits.
#pragma once
#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"
#include "ops_int.hpp"
#include "ops_str.hpp"

namespace fxn::ops {

// bool(x) / `if x:` for every type (PyTruth: empty containers and zero are false).
template <class T>
FXN_OP("fxn.truth", "(T) -> bool", "*")
FXN_OP("builtins.bool", "(T) -> bool", "*")
inline bool value_truth(const T& v) {
  return PyTruth(v);
}

template <class T>
FXN_OP("fxn.some", "(T) -> optional[T]", "*")
inline Optional<T> opt_some(const T& v) {
  return Optional<T>(v);
}
template <class T>
FXN_OP("fxn.none_of", "(None) -> optional[T]", "*")
inline Optional<T> opt_none(NoneT) {
  return Optional<T>();
}
template <class T>
FXN_OP("fxn.is_none", "(optional[T]) -> bool", "*")
inline bool opt_is_none(const Optional<T>& v) {
  return !v.has;
}
// A `T | None` used as a T: CPython's TypeError for the operation when it is None (the front
// end passes the message CPython would give there).
template <class T>
FXN_OP("fxn.unwrap", "(optional[T], str) -> T", "*")
inline bool opt_unwrap(Ctx& cx, const Optional<T>& v, const Str& message, T& out) {
  if (FXN_UNLIKELY(!v.has)) return cx.RaiseView("TypeError", message.utf8());
  out = v.value;
  return true;
}

template <class T>
FXN_OP("fxn.unwrap_attr", "(optional[T], str) -> T", "*")
inline bool opt_unwrap_attr(Ctx& cx, const Optional<T>& v, const Str& message, T& out) {
  if (FXN_UNLIKELY(!v.has)) return cx.RaiseView("AttributeError", message.utf8());
  out = v.value;
  return true;
}

// == and != for any type (containers, objects, optionals): Python's rules via PyEq.
template <class T>
FXN_OP("operator.eq", "(T, T) -> bool", "*")
inline bool value_eq(const T& a, const T& b) {
  return PyEq(a, b);
}
template <class T>
FXN_OP("operator.ne", "(T, T) -> bool", "*")
inline bool value_ne(const T& a, const T& b) {
  return !PyEq(a, b);
}

// t[i] of a tuple whose items share one type, with a computed index (the front end passes the
// items as a list).
template <class T>
FXN_OP("fxn.tuple_getitem", "(list[T], int) -> T", "*")
inline bool tuple_getitem(Ctx& cx, const List<T>& items, int64_t index, T& out) {
  const int64_t n = items.size();
  if (index < 0) index += n;
  if (FXN_UNLIKELY(index < 0 || index >= n)) return cx.Raise("IndexError", "tuple index out of range");
  out = static_cast<T>(items.items()[static_cast<size_t>(index)]);
  return true;
}

// hash(x): CPython's hash. The front end allows it only where that is the same in every process
// (ints, bools, None, tuples of them, instances whose __hash__ a class hook runs).
template <class T>
FXN_OP("builtins.hash", "(T) -> int", "*")
inline int64_t value_hash(const T& v) {
  return PyHashOf(v);
}

// `a is b` for instances of user classes.
template <class T>
FXN_OP("fxn.same", "(T, T) -> bool", "*")
inline bool obj_same(const Ref<T>& a, const Ref<T>& b) {
  return a.same(b);
}

// a, b = xs: CPython's ValueError when the list's length is not the number of targets.
FXN_OP("fxn.check_unpack", "(int, int) -> None", "*")
inline bool check_unpack(Ctx& cx, int64_t size, int64_t expected) {
  if (size > expected) return cx.Raisef("ValueError", "too many values to unpack (expected %lld)", static_cast<long long>(expected));
  if (size < expected)
    return cx.Raisef("ValueError", "not enough values to unpack (expected %lld, got %lld)", static_cast<long long>(expected),
                     static_cast<long long>(size));
  return true;
}

// type(e).__name__ of a caught exception.
FXN_OP("fxn.exception_type", "(exception) -> str", "*")
inline Str exception_type(const Exc& e) { return Str::FromUtf8(e.type ? e.type : "Exception"); }

// first, *rest = xs: at least the names around the star.
FXN_OP("fxn.check_unpack_star", "(int, int) -> None", "*")
inline bool check_unpack_star(Ctx& cx, int64_t size, int64_t at_least) {
  if (size < at_least)
    return cx.Raisef("ValueError", "not enough values to unpack (expected at least %lld, got %lld)",
                     static_cast<long long>(at_least), static_cast<long long>(size));
  return true;
}

// t.index(x) of a tuple whose items share one type (passed as a list).
template <class T>
FXN_OP("fxn.tuple_index", "(list[T], T) -> int", "*")
inline bool tuple_index(Ctx& cx, const List<T>& items, const T& x, int64_t& out) {
  for (size_t i = 0; i < items.items().size(); ++i) {
    if (PyEq(static_cast<T>(items.items()[i]), x)) {
      out = static_cast<int64_t>(i);
      return true;
    }
  }
  return cx.Raise("ValueError", "tuple.index(x): x not in tuple");
}

// d[k] = d.get(k, fallback) + delta, the counting idiom, with one hash lookup for a key that is
// already there. Same order of effects as CPython: the sum (which may overflow) before the store.
template <class K>
FXN_OP("fxn.dict_get_add", "(dict[K, int], K, int, int) -> None", "*")
inline bool dict_get_add(Ctx& cx, const Dict<K, int64_t>& d, const K& key, int64_t fallback, int64_t delta) {
  if (int64_t* v = d.Find(key)) return int_add(cx, *v, delta, *v);
  int64_t sum = 0;
  if (!int_add(cx, fallback, delta, sum)) return false;
  d.Set(key, sum);
  return true;
}

// The same over fxn::Int values, for a module's copy over unbounded ints (WORKSPACE.md "Ints past
// 64 bits"; the lowering's UnboundedIntKernels names it).
template <class K>
inline bool dict_get_add_big(Ctx& cx, const Dict<K, Int>& d, const K& key, const Int& fallback, const Int& delta) {
  Int sum;
  if (Int* v = d.Find(key)) {
    intops::add(cx, *v, delta, sum);
    *v = std::move(sum);
    return true;
  }
  intops::add(cx, fallback, delta, sum);
  d.Set(key, std::move(sum));
  return true;
}

// for w in s.split(): the words one at a time, exactly as s.split() would list them (s is
// immutable, so streaming cannot differ), without building the list.
class SplitWords {
 public:
  explicit SplitWords(const Str& s) : s_(s), p_(s_.data()), n_(s_.nbytes()), ascii_(s_.is_ascii()) {}
  bool Next(Str& out) {
    size_t i = pos_, len = 0;
    if (ascii_) {
      while (i < n_ && strimpl::AsciiSpace(static_cast<unsigned char>(p_[i]))) ++i;
      if (i == n_) return false;
      const size_t j = i++;
      // The word's end: 8 bytes at a time while none is <= 0x20 (every ASCII space is).
      while (i + 8 <= n_) {
        uint64_t w;
        std::memcpy(&w, p_ + i, 8);
        const uint64_t low = (w - 0x2121212121212121ull) & ~w & 0x8080808080808080ull;
        if (low != 0) break;
        i += 8;
      }
      while (i < n_ && !strimpl::AsciiSpace(static_cast<unsigned char>(p_[i]))) ++i;
      out = s_.SubstrBytes(j, i, static_cast<int64_t>(i - j));
    } else {
      while (i < n_ && strimpl::SpaceAt(p_, i, len)) i += len;
      if (i == n_) return false;
      const size_t j = i;
      while (i < n_ && !strimpl::SpaceAt(p_, i, len)) i += len;
      out = s_.SubstrBytes(j, i);
    }
    pos_ = i;
    return true;
  }

 private:
  const Str s_;
  const char* p_;
  size_t n_, pos_ = 0;
  bool ascii_;
};

// sum(ints, 0.0): the ints as floats (exact for |x| <= 2**53; CPython converts each the same way).
FXN_OP("fxn.list_to_float", "(list[int]) -> list[float]", "*")
inline List<double> list_to_float(const List<int64_t>& xs) {
  List<double> out;
  out.items().reserve(xs.items().size());
  for (int64_t x : xs.items()) out.items().push_back(static_cast<double>(x));
  return out;
}

}  // namespace fxn::ops
