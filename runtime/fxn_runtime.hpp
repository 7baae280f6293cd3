// fxn_runtime.hpp: what generated code stands on: the core (fxn_core.hpp), str (fxn_str.hpp),
// dict and set (fxn_dict.hpp), and conversions between the typed C++ values of compiled code
// and the fxn_value model of fxn.h.
#pragma once

#include "fxn_core.hpp"
#include "fxn_str.hpp"
#include "fxn_dict.hpp"

namespace fxn {

// ---- Conversions between fxn_value and typed values (the entry points' argument checks) ----

template <class T>
struct Convert;

template <>
struct Convert<int64_t> {
  static constexpr const char* kName = "int";
  static bool From(const fxn_value* v, int64_t& out) {
    if (fxn_value_kind(v) != FXN_INT) return false;
    out = fxn_value_int(v);
    return true;
  }
  static fxn_value* To(int64_t x) { return fxn_int(x); }
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

// Reads argument `index` of the generic entry, raising Python's TypeError wording on mismatch.
template <class T>
bool ArgFrom(Ctx& cx, const fxn_value* args, size_t index, const char* name, const char* type, T& out) {
  if (!Convert<T>::From(fxn_seq_item(args, index), out)) {
    return cx.Raisef("TypeError", "argument '%s' must be %s (the type it was compiled for)", name, type);
  }
  return true;
}

inline void CopyError(const Ctx& cx, fxn_error* error) {
  if (!error) return;
  std::snprintf(error->type, sizeof error->type, "%s", cx.exc_type ? cx.exc_type : "SystemError");
  std::snprintf(error->message, sizeof error->message, "%s", cx.exc_message);
}

}  // namespace fxn
