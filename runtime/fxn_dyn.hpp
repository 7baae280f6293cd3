// fxn_dyn.hpp: the dynamic value (IR type `dynamic`): a tagged union over fxn's value types,
// for a variable, item or result whose type varies at run time (a list of ints and strs, a
// JSON-like dict, a function returning an int or None). Operations on it dispatch on the tag with
// CPython's semantics and messages (kernels in ops_dyn.hpp); statically typed code never sees it.
//
// Scalars are held inline; str as fxn::Str (a value); list, tuple and dict as the runtime's
// shared containers of Dyn, so copies of a Dyn holding a list alias as Python's references do.
// A statically typed container converted into a Dyn (`ToDyn`) is copied item by item.
#pragma once

#include "fxn_runtime.hpp"

namespace fxn {

struct Dyn {
  enum Tag : uint8_t { kNone, kBool, kInt, kFloat, kStr, kList, kTuple, kDict };
  Tag tag = kNone;
  int64_t i = 0;  // bool (0/1) and int
  double f = 0;
  fxn::Str s;
  List<Dyn> items{List<Dyn>::UnsetTag{}};  // list and tuple
  Dict<Dyn, Dyn> dict{Dict<Dyn, Dyn>::UnsetTag{}};

  static Dyn None() { return Dyn(); }
  static Dyn Bool(bool b) {
    Dyn d;
    d.tag = kBool;
    d.i = b ? 1 : 0;
    return d;
  }
  static Dyn Int(int64_t v) {
    Dyn d;
    d.tag = kInt;
    d.i = v;
    return d;
  }
  static Dyn Float(double v) {
    Dyn d;
    d.tag = kFloat;
    d.f = v;
    return d;
  }
  static Dyn String(const fxn::Str& v) {
    Dyn d;
    d.tag = kStr;
    d.s = v;
    return d;
  }
  static Dyn OfList(const List<Dyn>& v, Tag tag = kList) {
    Dyn d;
    d.tag = tag;
    d.items = v;
    return d;
  }
  static Dyn OfDict(const Dict<Dyn, Dyn>& v) {
    Dyn d;
    d.tag = kDict;
    d.dict = v;
    return d;
  }
  bool is_number() const { return tag == kBool || tag == kInt || tag == kFloat; }
  bool is_int() const { return tag == kBool || tag == kInt; }  // isinstance(x, int): bool is an int
  double as_double() const { return tag == kFloat ? f : static_cast<double>(i); }
};

// type(x).__name__
inline const char* DynTypeName(const Dyn& d) {
  switch (d.tag) {
    case Dyn::kNone: return "NoneType";
    case Dyn::kBool: return "bool";
    case Dyn::kInt: return "int";
    case Dyn::kFloat: return "float";
    case Dyn::kStr: return "str";
    case Dyn::kList: return "list";
    case Dyn::kTuple: return "tuple";
    case Dyn::kDict: return "dict";
  }
  return "object";
}

// ---- statically typed values into a Dyn ----
inline Dyn ToDyn(const Dyn& v) { return v; }
inline Dyn ToDyn(NoneT) { return Dyn::None(); }
inline Dyn ToDyn(bool v) { return Dyn::Bool(v); }
inline Dyn ToDyn(int64_t v) { return Dyn::Int(v); }
inline Dyn ToDyn(double v) { return Dyn::Float(v); }
inline Dyn ToDyn(const fxn::Str& v) { return Dyn::String(v); }
// The containers' overloads, declared before any is defined: they call each other for nested
// values (a list of tuples), and a Tuple is a std::tuple, whose namespace ADL would search instead.
template <class T>
Dyn ToDyn(const Optional<T>& v);
template <class T>
Dyn ToDyn(const List<T>& v);
template <class... T>
Dyn ToDyn(const Tuple<T...>& v);
template <class... T>
Dyn ToDyn(const FixedList<T...>& v);
template <class K, class V>
Dyn ToDyn(const Dict<K, V>& v);
template <class T>
Dyn ToDyn(const Optional<T>& v) {
  return v.has ? ToDyn(v.value) : Dyn::None();
}
template <class T>
Dyn ToDyn(const List<T>& v) {
  if constexpr (std::is_same_v<T, Dyn>) {
    return Dyn::OfList(v);
  } else {
    List<Dyn> out;
    out.items().reserve(v.items().size());
    for (const auto& x : v.items()) out.items().push_back(ToDyn(static_cast<T>(x)));
    return Dyn::OfList(out);
  }
}
template <class... T>
Dyn ToDyn(const Tuple<T...>& v) {
  List<Dyn> out;
  std::apply([&](const auto&... x) { (out.items().push_back(ToDyn(x)), ...); }, v);
  return Dyn::OfList(out, Dyn::kTuple);
}
template <class... T>
Dyn ToDyn(const FixedList<T...>& v) {
  Dyn d = ToDyn(static_cast<const Tuple<T...>&>(v));
  d.tag = Dyn::kList;
  return d;
}
template <class K, class V>
Dyn ToDyn(const Dict<K, V>& v) {
  if constexpr (std::is_same_v<K, Dyn> && std::is_same_v<V, Dyn>) {
    return Dyn::OfDict(v);
  } else {
    Dict<Dyn, Dyn> out;
    for (size_t n = 0; n < v.SlotCount(); ++n)
      if (v.SlotLive(n)) out.Set(ToDyn(v.KeyAt(n)), ToDyn(v.ValueAt(n)));
    return Dyn::OfDict(out);
  }
}

// ---- ==, truth, hash, order ----
bool DynEq(const Dyn& a, const Dyn& b);

inline bool PyEq(const Dyn& a, const Dyn& b) { return DynEq(a, b); }

inline bool PyTruth(const Dyn& d) {
  switch (d.tag) {
    case Dyn::kNone: return false;
    case Dyn::kBool:
    case Dyn::kInt: return d.i != 0;
    case Dyn::kFloat: return d.f != 0.0;
    case Dyn::kStr: return !d.s.empty();
    case Dyn::kList:
    case Dyn::kTuple: return d.items.size() != 0;
    case Dyn::kDict: return d.dict.size() != 0;
  }
  return false;
}

// Parks CPython's TypeError where a kernel without a Ctx (hash, sort's comparisons) meets it;
// generated code moves it into its Ctx right after the kernel (TakeHookError), since every
// kernel call with a dynamic argument is treated as one that may run hooks.
inline void DynPark(const char* type, const std::string& message) {
  HookState& h = Hooks();
  if (h.failed) return;
  h.Park(type, message);
}

template <>
struct PyHash<Dyn> {
  static int64_t Of(const Dyn& d) {
    switch (d.tag) {
      case Dyn::kNone: return PyHash<NoneT>::Of(NoneT{});
      case Dyn::kBool:
      case Dyn::kInt: return PyHash<int64_t>::Of(d.i);
      case Dyn::kFloat: return PyHash<double>::Of(d.f);
      case Dyn::kStr: return PyHash<fxn::Str>::Of(d.s);
      case Dyn::kTuple: {  // CPython's tuplehash (xxHash-based), as PyHash<Tuple> computes it
        constexpr uint64_t kPrime1 = 11400714785074694791ULL, kPrime2 = 14029467366897019727ULL,
                           kPrime5 = 2870177450012600261ULL;
        uint64_t acc = kPrime5;
        for (const auto& x : d.items.items()) {
          acc += static_cast<uint64_t>(Of(x)) * kPrime2;
          acc = (acc << 31) | (acc >> 33);
          acc *= kPrime1;
        }
        acc += static_cast<uint64_t>(d.items.size()) ^ (kPrime5 ^ 3527539UL);
        return acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
      }
      case Dyn::kList:
      case Dyn::kDict: DynPark("TypeError", std::string("unhashable type: '") + DynTypeName(d) + "'"); return 0;
    }
    return 0;
  }
};

// a < b (and <=, >, >=) as CPython compares; false with CPython's TypeError for unorderable types.
bool DynCompare(Ctx& cx, CmpOp op, const Dyn& a, const Dyn& b, bool& out);

inline const char* CmpSymbol(CmpOp op) {
  switch (op) {
    case CmpOp::kLt: return "<";
    case CmpOp::kLe: return "<=";
    case CmpOp::kGt: return ">";
    case CmpOp::kGe: return ">=";
  }
  return "<";
}

inline bool PyCmp(CmpOp op, const Dyn& a, const Dyn& b) {
  Ctx cx;
  bool out = false;
  if (!DynCompare(cx, op, a, b, out)) DynPark(cx.exc_type, cx.exc_message);
  return out;
}

// -1, 0, 1 for int vs float, exactly (ops_float.hpp's compare_int_float, restated so this header
// needs no kernel header).
inline int DynCompareIntFloat(int64_t i, double f) {
  if (std::isnan(f)) return 2;
  if (f >= 9223372036854775808.0) return -1;
  if (f < -9223372036854775808.0) return 1;
  double t = std::trunc(f);
  int64_t ti = static_cast<int64_t>(t);
  if (i != ti) return i < ti ? -1 : 1;
  return f > t ? -1 : (f < t ? 1 : 0);
}

inline bool DynCompare(Ctx& cx, CmpOp op, const Dyn& a, const Dyn& b, bool& out) {
  if (a.is_number() && b.is_number()) {
    if (a.tag != Dyn::kFloat && b.tag != Dyn::kFloat) {
      out = ScalarCmp(op, a.i, b.i);
    } else if (a.tag == Dyn::kFloat && b.tag == Dyn::kFloat) {
      out = ScalarCmp(op, a.f, b.f);
    } else {
      int c = a.tag == Dyn::kFloat ? -DynCompareIntFloat(b.i, a.f) : DynCompareIntFloat(a.i, b.f);
      if (c == 2 || c == -2) {
        out = false;  // NaN
      } else {
        out = ScalarCmp(op, c, 0);
      }
    }
    return true;
  }
  if (a.tag == Dyn::kStr && b.tag == Dyn::kStr) {
    out = PyCmp(op, a.s, b.s);
    return true;
  }
  if ((a.tag == Dyn::kList || a.tag == Dyn::kTuple) && a.tag == b.tag) {
    const auto& x = a.items.items();
    const auto& y = b.items.items();
    size_t n = std::min(x.size(), y.size());
    for (size_t k = 0; k < n; ++k) {
      if (!DynEq(x[k], y[k])) return DynCompare(cx, op, x[k], y[k], out);
    }
    out = ScalarCmp(op, x.size(), y.size());
    return true;
  }
  return cx.Raisef("TypeError", "'%s' not supported between instances of '%s' and '%s'", CmpSymbol(op),
                   DynTypeName(a), DynTypeName(b));
}

inline bool DynEq(const Dyn& a, const Dyn& b) {
  if (a.is_number() && b.is_number()) {
    if (a.tag != Dyn::kFloat && b.tag != Dyn::kFloat) return a.i == b.i;
    if (a.tag == Dyn::kFloat && b.tag == Dyn::kFloat) return a.f == b.f;
    return a.tag == Dyn::kFloat ? DynCompareIntFloat(b.i, a.f) == 0 : DynCompareIntFloat(a.i, b.f) == 0;
  }
  if (a.tag != b.tag) return false;
  switch (a.tag) {
    case Dyn::kNone: return true;
    case Dyn::kStr: return a.s.Equals(b.s);
    case Dyn::kList:
    case Dyn::kTuple: {
      if (a.items.same(b.items)) return true;
      const auto& x = a.items.items();
      const auto& y = b.items.items();
      if (x.size() != y.size()) return false;
      for (size_t k = 0; k < x.size(); ++k)
        if (!DynEq(x[k], y[k])) return false;
      return true;
    }
    case Dyn::kDict: {
      if (a.dict.same(b.dict)) return true;
      if (a.dict.size() != b.dict.size()) return false;
      for (size_t n = 0; n < a.dict.SlotCount(); ++n) {
        if (!a.dict.SlotLive(n)) continue;
        const Dyn* v = b.dict.Find(a.dict.KeyAt(n));
        if (v == nullptr || !DynEq(a.dict.ValueAt(n), *v)) return false;
      }
      return true;
    }
    default: return false;
  }
}

// ---- str() and repr() ----
template <>
struct Format<Dyn> {
  static void Repr(std::string& out, const Dyn& d) {
    switch (d.tag) {
      case Dyn::kNone: out += "None"; return;
      case Dyn::kBool: out += d.i ? "True" : "False"; return;
      case Dyn::kInt: Format<int64_t>::Repr(out, d.i); return;
      case Dyn::kFloat: Format<double>::Repr(out, d.f); return;
      case Dyn::kStr: Format<fxn::Str>::Repr(out, d.s); return;
      case Dyn::kList: Format<List<Dyn>>::Repr(out, d.items); return;
      case Dyn::kTuple: {
        out += '(';
        const auto& xs = d.items.items();
        for (size_t k = 0; k < xs.size(); ++k) {
          if (k) out += ", ";
          Repr(out, xs[k]);
        }
        out += xs.size() == 1 ? ",)" : ")";
        return;
      }
      case Dyn::kDict: Format<Dict<Dyn, Dyn>>::Repr(out, d.dict); return;
    }
  }
  static void Str(std::string& out, const Dyn& d) {
    if (d.tag == Dyn::kStr) {
      Format<fxn::Str>::Str(out, d.s);
    } else {
      Repr(out, d);
    }
  }
};

// ---- JSON in and out: the C API's fxn_value ----
template <>
struct Convert<Dyn> {
  static constexpr const char* kName = "dynamic";
  static bool From(const fxn_value* v, Dyn& out) {
    switch (fxn_value_kind(v)) {
      case FXN_NONE: out = Dyn::None(); return true;
      case FXN_BOOL: out = Dyn::Bool(fxn_value_bool(v)); return true;
      case FXN_INT: {
        int64_t i = 0;
        if (!IntFrom(v, i)) return false;  // past 64 bits: see BigIntRefused
        out = Dyn::Int(i);
        return true;
      }
      case FXN_FLOAT: out = Dyn::Float(fxn_value_float(v)); return true;
      case FXN_STR: {
        fxn::Str s;
        if (!Convert<fxn::Str>::From(v, s)) return false;
        out = Dyn::String(s);
        return true;
      }
      case FXN_LIST:
      case FXN_TUPLE: {
        List<Dyn> items;
        for (size_t k = 0, n = fxn_value_len(v); k < n; ++k) {
          Dyn item;
          if (!From(fxn_seq_item(v, k), item)) return false;
          items.items().push_back(item);
        }
        out = Dyn::OfList(items, fxn_value_kind(v) == FXN_LIST ? Dyn::kList : Dyn::kTuple);
        return true;
      }
      case FXN_DICT: {
        Dict<Dyn, Dyn> d;
        for (size_t k = 0, n = fxn_value_len(v); k < n; ++k) {
          Dyn key, value;
          if (!From(fxn_dict_key(v, k), key) || !From(fxn_dict_item(v, k), value)) return false;
          if (key.tag == Dyn::kList || key.tag == Dyn::kDict) return false;
          d.Set(key, value);
        }
        out = Dyn::OfDict(d);
        return true;
      }
      default: return false;
    }
  }
  static fxn_value* To(const Dyn& d) {
    switch (d.tag) {
      case Dyn::kNone: return fxn_none();
      case Dyn::kBool: return fxn_bool(d.i != 0);
      case Dyn::kInt: return fxn_int(d.i);
      case Dyn::kFloat: return fxn_float(d.f);
      case Dyn::kStr: return Convert<fxn::Str>::To(d.s);
      case Dyn::kList:
      case Dyn::kTuple: {
        fxn_value* out = d.tag == Dyn::kList ? fxn_list() : fxn_tuple();
        for (const auto& x : d.items.items()) fxn_seq_append(out, To(x));
        return out;
      }
      case Dyn::kDict: {
        fxn_value* out = fxn_dict();
        for (size_t n = 0; n < d.dict.SlotCount(); ++n)
          if (d.dict.SlotLive(n)) fxn_dict_set(out, To(d.dict.KeyAt(n)), To(d.dict.ValueAt(n)));
        return out;
      }
    }
    return fxn_none();
  }
};

}  // namespace fxn
