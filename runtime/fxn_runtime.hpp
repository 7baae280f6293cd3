// fxn_runtime.hpp: what generated code stands on: the core (fxn_core.hpp), str (fxn_str.hpp),
// dict and set (fxn_dict.hpp), and conversions between the typed C++ values of compiled code
// and the fxn_value model of fxn.h.
#pragma once

#include "fxn_core.hpp"
#include "fxn_str.hpp"
#include "fxn_dict.hpp"
#include "fxn_gen.hpp"
#include "fxn_int.hpp"

namespace fxn {

// ---- Conversions between fxn_value and typed values (the entry points' argument checks) ----

template <class T>
struct Convert;

// Whether the last refused conversion met an int past 64 bits where compiled code holds an
// int64_t. Ints in the value model have any size (fxn.h, ABI 4), compiled code's do not yet
// (docs/design/big-ints.md, until step 3): the converters refuse such an int and note it here,
// so that ArgFrom raises OverflowError, fxn's 64-bit limit, instead of a TypeError or reading 0.
// Per thread; trivially destructible (see HookState).
inline bool& BigIntRefused() {
  static thread_local bool refused = false;
  return refused;
}

// An FXN_INT that fits int64_t into out; a bigger one is refused and noted.
inline bool IntFrom(const fxn_value* v, int64_t& out) {
  if (fxn_value_kind(v) != FXN_INT) return false;
  if (!fxn_value_int_fits(v)) {
    BigIntRefused() = true;
    return false;
  }
  out = fxn_value_int(v);
  return true;
}

template <>
struct Convert<int64_t> {
  static constexpr const char* kName = "int";
  static bool From(const fxn_value* v, int64_t& out) { return IntFrom(v, out); }
  static fxn_value* To(int64_t x) { return fxn_int(x); }
};

// An int of any size: the copy of a module over unbounded ints (fxn_int.hpp) takes and returns these.
template <>
struct Convert<Int> {
  static constexpr const char* kName = "int";
  static bool From(const fxn_value* v, Int& out) {
    if (fxn_value_kind(v) != FXN_INT) return false;
    if (fxn_value_int_fits(v)) {
      out = Int::Small(fxn_value_int(v));
      return true;
    }
    bool negative = false;
    bigint::Digits mag(fxn_value_int_digits(v, &negative, nullptr, 0));
    fxn_value_int_digits(v, &negative, mag.data(), mag.size());
    out = Int::FromMag(negative, std::move(mag));
    return true;
  }
  static fxn_value* To(const Int& x) {
    if (x.small()) return fxn_int(x.v());
    const Int::Mag m(x);
    return fxn_int_from_digits(m.neg, m.d, m.n);
  }
};

template <>
struct Convert<double> {
  static constexpr const char* kName = "float";
  static bool From(const fxn_value* v, double& out) {
    if (fxn_value_kind(v) != FXN_FLOAT) return false;
    out = fxn_value_float(v);
    return true;
  }
  static fxn_value* To(double x) { return fxn_float(x); }
};

template <>
struct Convert<bool> {
  static constexpr const char* kName = "bool";
  static bool From(const fxn_value* v, bool& out) {
    if (fxn_value_kind(v) != FXN_BOOL) return false;
    out = fxn_value_bool(v);
    return true;
  }
  static fxn_value* To(bool x) { return fxn_bool(x); }
};

template <>
struct Convert<NoneT> {
  static constexpr const char* kName = "None";
  static bool From(const fxn_value* v, NoneT&) { return fxn_value_kind(v) == FXN_NONE; }
  static fxn_value* To(NoneT) { return fxn_none(); }
};

template <class T>
struct Convert<List<T>> {
  static constexpr const char* kName = "list";
  static bool From(const fxn_value* v, List<T>& out) {
    if (fxn_value_kind(v) != FXN_LIST) return false;
    size_t n = fxn_value_len(v);
    out = List<T>();  // a new list: `out` may be an unset slot
    auto& items = out.items();
    items.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      T item{};
      if (!Convert<T>::From(fxn_seq_item(v, i), item)) return false;
      items.push_back(List<T>::Store(item));
    }
    return true;
  }
  static fxn_value* To(const List<T>& xs) {
    fxn_value* out = fxn_list();
    for (const auto& x : xs.items()) fxn_seq_append(out, Convert<T>::To(static_cast<T>(x)));
    return out;
  }
};

template <class... T>
struct Convert<Tuple<T...>> {
  static constexpr const char* kName = "tuple";
  static bool From(const fxn_value* v, Tuple<T...>& out) {
    if (fxn_value_kind(v) != FXN_TUPLE && fxn_value_kind(v) != FXN_LIST) return false;
    if (fxn_value_len(v) != sizeof...(T)) return false;
    return FromItems(v, out, std::index_sequence_for<T...>{});
  }
  static fxn_value* To(const Tuple<T...>& t) {
    fxn_value* out = fxn_tuple();
    std::apply([&](const auto&... x) { (fxn_seq_append(out, Convert<std::decay_t<decltype(x)>>::To(x)), ...); }, t);
    return out;
  }

 private:
  template <size_t... I>
  static bool FromItems(const fxn_value* v, Tuple<T...>& out, std::index_sequence<I...>) {
    return (Convert<T>::From(fxn_seq_item(v, I), std::get<I>(out)) && ...);
  }
};

template <>
struct Convert<Str> {
  static constexpr const char* kName = "str";
  static bool From(const fxn_value* v, Str& out) {
    if (fxn_value_kind(v) != FXN_STR) return false;
    size_t len = 0;
    const char* s = fxn_value_str(v, &len);
    out = Str::FromUtf8(std::string_view(s, len));
    return true;
  }
  static fxn_value* To(const Str& s) { return fxn_str(s.data(), s.nbytes()); }
};

template <class T>
struct Convert<Optional<T>> {
  static constexpr const char* kName = "optional";
  static bool From(const fxn_value* v, Optional<T>& out) {
    if (fxn_value_kind(v) == FXN_NONE) {
      out = Optional<T>();
      return true;
    }
    T value = Unset<T>();
    if (!Convert<T>::From(v, value)) return false;
    out = Optional<T>(value);
    return true;
  }
  static fxn_value* To(const Optional<T>& x) { return x.has ? Convert<T>::To(x.value) : fxn_none(); }
};

template <class K, class V>
struct Convert<Dict<K, V>> {
  static constexpr const char* kName = "dict";
  static bool From(const fxn_value* v, Dict<K, V>& out) {
    if (fxn_value_kind(v) != FXN_DICT) return false;
    Dict<K, V> d;
    for (size_t i = 0, n = fxn_value_len(v); i < n; ++i) {
      K key = Unset<K>();
      V value = Unset<V>();
      if (!Convert<K>::From(fxn_dict_key(v, i), key) || !Convert<V>::From(fxn_dict_item(v, i), value)) return false;
      d.Set(key, value);
    }
    out = std::move(d);
    return true;
  }
  static fxn_value* To(const Dict<K, V>& d) {
    fxn_value* out = fxn_dict();
    for (size_t i = 0; i < d.SlotCount(); ++i)
      if (d.SlotLive(i)) fxn_dict_set(out, Convert<K>::To(d.KeyAt(i)), Convert<V>::To(d.ValueAt(i)));
    return out;
  }
};

// A list display mixing types ([1, "a"]): a tuple that prints and converts as a list.
template <class... T>
struct FixedList : Tuple<T...> {
  using Tuple<T...>::Tuple;
};
template <class... T>
struct UnsetValue<FixedList<T...>> {
  static FixedList<T...> Get() { return FixedList<T...>(UnsetValue<T>::Get()...); }
};
template <class... T>
struct Format<FixedList<T...>> {
  static void Repr(std::string& out, const FixedList<T...>& v) {
    out += '[';
    bool first = true;
    std::apply([&](const auto&... x) { ((out += first ? "" : ", ", first = false, Format<std::decay_t<decltype(x)>>::Repr(out, x)), ...); },
               static_cast<const Tuple<T...>&>(v));
    out += ']';
  }
  static void Str(std::string& out, const FixedList<T...>& v) { Repr(out, v); }
};
template <class... T>
struct Convert<FixedList<T...>> {
  static constexpr const char* kName = "list";
  static bool From(const fxn_value* v, FixedList<T...>& out) {
    return Convert<Tuple<T...>>::From(v, static_cast<Tuple<T...>&>(out));
  }
  static fxn_value* To(const FixedList<T...>& t) {
    fxn_value* out = fxn_list();
    std::apply([&](const auto&... x) { (fxn_seq_append(out, Convert<std::decay_t<decltype(x)>>::To(x)), ...); },
               static_cast<const Tuple<T...>&>(t));
    return out;
  }
};

// str() of a caught exception: its message (the front end refuses repr() of one, whose
// spelling depends on the constructor's arguments).
template <>
struct Format<Exc> {
  static void Str(std::string& out, const Exc& e) { out += e.message; }
  static void Repr(std::string& out, const Exc& e) {
    out += e.type ? e.type : "Exception";
    out += '(';
    if (!e.message.empty()) Format<fxn::Str>::Repr(out, fxn::Str::FromUtf8(e.message));
    out += ')';
  }
};

// Reads argument `index` of the generic entry, raising Python's TypeError wording on mismatch,
// or OverflowError where the argument is (or holds) an int past 64 bits in an int's place.
template <class T>
bool ArgFrom(Ctx& cx, const fxn_value* args, size_t index, const char* name, const char* type, T& out) {
  BigIntRefused() = false;
  if (!Convert<T>::From(fxn_seq_item(args, index), out)) {
    if (BigIntRefused()) {
      BigIntRefused() = false;
      // The module's copy over unbounded ints takes it (Ctx::speculating).
      if (cx.speculating) return cx.Raise(Ctx::kDeopt, "an int argument past 64 bits");
      return cx.Raisef(Ctx::kIntLimit,
                       "fxn: argument '%s' holds an int past 64 bits; fxn's ints are 64-bit here (this function "
                       "has no copy over unbounded ints: its fxn source says why)",
                       name);
    }
    return cx.Raisef("TypeError", "argument '%s' must be %s (the type it was compiled for)", name, type);
  }
  return true;
}

// The pending exception into the caller's fxn_error (its message on the heap: any length, NUL
// bytes kept; the caller frees it with fxn_error_clear).
inline void CopyError(const Ctx& cx, fxn_error* error) {
  if (!error) return;
  std::snprintf(error->type, sizeof error->type, "%s", cx.ReportedType());
  error->message_len = cx.exc_message.size();
  error->message = static_cast<char*>(std::malloc(error->message_len + 1));
  if (!error->message) {  // out of memory: the type still says what happened
    error->message_len = 0;
    return;
  }
  std::memcpy(error->message, cx.exc_message.data(), error->message_len);
  error->message[error->message_len] = 0;
}

}  // namespace fxn

#include "fxn_array.hpp"
