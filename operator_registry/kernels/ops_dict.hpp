// ops_dict.hpp: the operator kernels of dict and set (their table rows: the FXN_OP annotations).
//
// Each kernel is one Python operation with CPython 3.11's result, order and error message;
// the data structures and CPython's set algorithms live in fxn_dict.hpp (Dict, Set, Set*),
// so these stay thin. KeyError messages are repr(key), with quotes for strings, as str() of
// a KeyError prints them ("'popitem(): dictionary is empty'").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

template <class T>
using NoDeduce = std::type_identity_t<T>;

// ---- dict ----

// {} / dict(): the shared empty keys; the first insertion allocates 8 slots.
template <class K, class V>
FXN_OP("fxn.empty_dict", "() -> dict[K, V]", "*")
FXN_OP("builtins.dict", "() -> dict[K, V]", "*")
inline Dict<K, V> dict_empty() {
  return Dict<K, V>();
}
// What a display {k1: v1, ..., kn: vn} of n <= 16 pairs starts from (_PyDict_NewPresized);
// the pairs are then set in order.
template <class K, class V>
FXN_OP("fxn.dict_presized", "(int) -> dict[K, V]", "*")
inline Dict<K, V> dict_presized(int64_t n) {
  return Dict<K, V>::Presized(n);
}

template <class K, class V>
FXN_OP("operator.getitem", "(dict[K, V], K) -> V", "*")
inline bool dict_getitem(Ctx& cx, const Dict<K, V>& d, const NoDeduce<K>& key, V& out) {
  const V* v = d.Find(key);
  if (FXN_UNLIKELY(v == nullptr)) return RaiseKeyError(cx, key);
  out = *v;
  return true;
}
template <class K, class V>
FXN_OP("operator.setitem", "(dict[K, V], K, V) -> None", "*")
inline void dict_setitem(const Dict<K, V>& d, const NoDeduce<K>& key, const NoDeduce<V>& value) {
  d.Set(key, value);
}
template <class K, class V>
FXN_OP("operator.delitem", "(dict[K, V], K) -> None", "*")
inline bool dict_delitem(Ctx& cx, const Dict<K, V>& d, const NoDeduce<K>& key) {
  if (FXN_UNLIKELY(!d.Erase(key))) return RaiseKeyError(cx, key);
  return true;
}
template <class K, class V>
FXN_OP("operator.contains", "(dict[K, V], K) -> bool", "*")
inline bool dict_contains(const Dict<K, V>& d, const NoDeduce<K>& key) {
  return d.Contains(key);
}
template <class K, class V>
FXN_OP("builtins.len", "(dict[K, V]) -> int", "*")
inline int64_t dict_len(const Dict<K, V>& d) {
  return d.size();
}
template <class K, class V>
FXN_OP("builtins.bool", "(dict[K, V]) -> bool", "*")
inline bool dict_truth(const Dict<K, V>& d) {
  return d.size() != 0;
}
template <class K, class V>
FXN_OP("operator.eq", "(dict[K, V], dict[K, V]) -> bool", "*")
inline bool dict_eq(const Dict<K, V>& a, const Dict<K, V>& b) {
  return PyEq(a, b);
}
template <class K, class V>
FXN_OP("operator.ne", "(dict[K, V], dict[K, V]) -> bool", "*")
inline bool dict_ne(const Dict<K, V>& a, const Dict<K, V>& b) {
  return !PyEq(a, b);
}

// d.get(key) / d.get(key, default)
template <class K, class V>
FXN_OP("dict.get", "(dict[K, V], K) -> optional[V]", "*")
inline Optional<V> dict_get(const Dict<K, V>& d, const NoDeduce<K>& key) {
  const V* v = d.Find(key);
  return v ? Optional<V>(*v) : Optional<V>();
}
template <class K, class V>
FXN_OP("dict.get", "(dict[K, V], K, V) -> V", "*")
inline V dict_get_default(const Dict<K, V>& d, const NoDeduce<K>& key, const NoDeduce<V>& fallback) {
  const V* v = d.Find(key);
  return v ? *v : fallback;
}
// d.setdefault(key, default)
template <class K, class V>
FXN_OP("dict.setdefault", "(dict[K, V], K, V) -> V", "*")
inline V dict_setdefault(const Dict<K, V>& d, const NoDeduce<K>& key, const NoDeduce<V>& fallback) {
  if (const V* v = d.Find(key)) return *v;
  V value = fallback;
  d.Set(key, value);
  return value;
}
// d.pop(key) / d.pop(key, default)
template <class K, class V>
FXN_OP("dict.pop", "(dict[K, V], K) -> V", "*")
inline bool dict_pop(Ctx& cx, const Dict<K, V>& d, const NoDeduce<K>& key, V& out) {
  if (FXN_UNLIKELY(!d.Take(key, out))) return RaiseKeyError(cx, key);
  return true;
}
template <class K, class V>
FXN_OP("dict.pop", "(dict[K, V], K, V) -> V", "*")
inline V dict_pop_default(const Dict<K, V>& d, const NoDeduce<K>& key, const NoDeduce<V>& fallback) {
  V out = UnsetValue<V>::Get();
  if (!d.Take(key, out)) return fallback;
  return out;
}
// d.popitem(): the last item (LIFO).
template <class K, class V>
FXN_OP("dict.popitem", "(dict[K, V]) -> tuple[K, V]", "*")
inline bool dict_popitem(Ctx& cx, const Dict<K, V>& d, Tuple<K, V>& out) {
  K key = UnsetValue<K>::Get();
  V value = UnsetValue<V>::Get();
  if (FXN_UNLIKELY(!d.PopLast(key, value))) return cx.Raise("KeyError", "'popitem(): dictionary is empty'");
  out = Tuple<K, V>(std::move(key), std::move(value));
  return true;
}
// list(d.keys()), list(d.values()), list(d.items()): snapshots in insertion order.
template <class K, class V>
FXN_OP("dict.keys", "(dict[K, V]) -> list[K]", "*")
FXN_OP("builtins.list", "(dict[K, V]) -> list[K]", "*")
inline List<K> dict_keys(const Dict<K, V>& d) {
  List<K> out;
  auto& items = out.items();
  items.reserve(static_cast<size_t>(d.size()));
  for (size_t i = 0; i < d.SlotCount(); ++i)
    if (d.SlotLive(i)) items.push_back(List<K>::Store(d.KeyAt(i)));
  return out;
}
template <class K, class V>
FXN_OP("dict.values", "(dict[K, V]) -> list[V]", "*")
inline List<V> dict_values(const Dict<K, V>& d) {
  List<V> out;
  auto& items = out.items();
  items.reserve(static_cast<size_t>(d.size()));
  for (size_t i = 0; i < d.SlotCount(); ++i)
    if (d.SlotLive(i)) items.push_back(List<V>::Store(d.ValueAt(i)));
  return out;
}
template <class K, class V>
FXN_OP("dict.items", "(dict[K, V]) -> list[tuple[K, V]]", "*")
inline List<Tuple<K, V>> dict_items(const Dict<K, V>& d) {
  List<Tuple<K, V>> out;
  auto& items = out.items();
  items.reserve(static_cast<size_t>(d.size()));
  for (size_t i = 0; i < d.SlotCount(); ++i)
    if (d.SlotLive(i)) items.push_back(Tuple<K, V>(d.KeyAt(i), d.ValueAt(i)));
  return out;
}
// d.update(other) (also what a display's DICT_UPDATE does)
template <class K, class V>
FXN_OP("dict.update", "(dict[K, V], dict[K, V]) -> None", "*")
inline void dict_update(const Dict<K, V>& d, const Dict<K, V>& other) {
  d.Merge(other);
}
template <class K, class V>
FXN_OP("dict.copy", "(dict[K, V]) -> dict[K, V]", "*")
inline Dict<K, V> dict_copy(const Dict<K, V>& d) {
  return d.Copy();
}
template <class K, class V>
FXN_OP("dict.clear", "(dict[K, V]) -> None", "*")
inline void dict_clear(const Dict<K, V>& d) {
  d.Clear();
}
// dict(pairs): each pair set in order (later values win, first positions stay).
template <class K, class V>
FXN_OP("builtins.dict", "(list[tuple[K, V]]) -> dict[K, V]", "*")
inline Dict<K, V> dict_from_pairs(const List<Tuple<K, V>>& pairs) {
  Dict<K, V> d;
  for (const auto& p : pairs.items()) d.Set(std::get<0>(p), std::get<1>(p));
  return d;
}
// dict.fromkeys(iterable, value): every key set to the one value, in the iterable's order (the
// front end passes the iterable's items as a list).
template <class K, class V>
FXN_OP("dict.fromkeys", "(list[K], V) -> dict[K, V]", "*")
inline Dict<K, V> dict_fromkeys(const List<K>& keys, const V& value) {
  Dict<K, V> d;
  for (const auto& k : keys.items()) d.Set(k, value);
  return d;
}
// dict(other): dict_merge into a new dict (which may clone other's layout, as CPython does).
template <class K, class V>
FXN_OP("builtins.dict", "(dict[K, V]) -> dict[K, V]", "*")
inline Dict<K, V> dict_from_dict(const Dict<K, V>& other) {
  Dict<K, V> d;
  d.Merge(other);
  return d;
}

// f(**d) with d's keys known only at run time (fxn_arguments.runtime_mapping; the call has no
// other keywords): CPython 3.11's checks of d's keys against f's parameters, in CPython's order
// (initialize_locals' keyword loop in d's order, then the missing positional, then keyword-only
// arguments), each a TypeError; returns the items of d that go into f's **kwargs (keys naming no
// parameter), in d's order. spec, built at compile time, is lines of space-separated names: f's
// title ("f()"), the parameters that take keywords, those of them given positionally, the
// positional-only ones, "1" when f has **kwargs, the required positional parameters the call
// leaves unbound, the same keyword-only.
namespace bind_kwargs_detail {
inline std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start || sep == '\n') out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}
inline bool Has(const std::vector<std::string_view>& names, std::string_view name) {
  for (auto n : names)
    if (n == name) return true;
  return false;
}
// "'a'", "'a' and 'b'", "'a', 'b' and 'c'" (CPython's format_missing)
inline std::string NameList(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += '\'';
    out += names[i];
    out += '\'';
  }
  return out;
}
}  // namespace bind_kwargs_detail

template <class K, class V>
FXN_OP("fxn.bind_kwargs", "(dict[K, V], str) -> dict[K, V]", "*")
inline bool dict_bind_kwargs(Ctx& cx, const Dict<K, V>& d, const Str& spec, Dict<K, V>& out) {
  using namespace bind_kwargs_detail;
  auto lines = Split(spec.utf8(), '\n');
  while (lines.size() < 7) lines.emplace_back();
  std::string_view title = lines[0];
  auto bindable = Split(lines[1], ' '), positional = Split(lines[2], ' '), posonly = Split(lines[3], ' ');
  bool has_kwargs = lines[4] == "1";
  auto required = Split(lines[5], ' '), required_kwonly = Split(lines[6], ' ');
  auto fail = [&](std::string_view who, const std::string& rest) {
    std::string message(who);
    message += rest;
    return cx.RaiseView("TypeError", message);
  };
  Dict<K, V> extra;
  for (size_t i = 0; i < d.SlotCount(); ++i) {
    if (!d.SlotLive(i)) continue;
    std::string_view key = d.KeyAt(i).utf8();
    if (Has(bindable, key)) {
      if (Has(positional, key)) return fail(title, " got multiple values for argument '" + std::string(key) + "'");
      continue;
    }
    if (has_kwargs) {
      extra.Set(d.KeyAt(i), d.ValueAt(i));
      continue;
    }
    std::vector<std::string_view> named;  // positional_only_passed_as_keyword: in parameter order
    for (auto p : posonly)
      for (size_t j = 0; j < d.SlotCount(); ++j)
        if (d.SlotLive(j) && d.KeyAt(j).utf8() == p) {
          named.push_back(p);
          break;
        }
    if (!named.empty()) {
      std::string joined;
      for (size_t j = 0; j < named.size(); ++j) joined += (j ? ", " : "") + std::string(named[j]);
      return fail(title, " got some positional-only arguments passed as keyword arguments: '" + joined + "'");
    }
    return fail(title, " got an unexpected keyword argument '" + std::string(key) + "'");
  }
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::string_view> missing;
    for (auto p : pass == 0 ? required : required_kwonly) {
      bool found = false;  // a positional-only parameter is never filled from d
      if (pass == 0 && !Has(bindable, p)) {
        missing.push_back(p);
        continue;
      }
      for (size_t i = 0; i < d.SlotCount() && !found; ++i) found = d.SlotLive(i) && d.KeyAt(i).utf8() == p;
      if (!found) missing.push_back(p);
    }
    if (!missing.empty())
      return fail(title, " missing " + std::to_string(missing.size()) + " required " +
                             (pass == 0 ? "positional" : "keyword-only") + " argument" +
                             (missing.size() == 1 ? "" : "s") + ": " + NameList(missing));
  }
  out = std::move(extra);
  return true;
}

// ---- set ----

template <class T>
FXN_OP("fxn.empty_set", "() -> set[T]", "*")
FXN_OP("builtins.set", "() -> set[T]", "*")
inline Set<T> set_empty() {
  return Set<T>();
}
// {a, b, c} with a non-constant item, or at most 2 items, and set comprehensions: BUILD_SET /
// SET_ADD add the items in order.
template <class T, class... Rest>
FXN_OP("fxn.build_set", "(T, T...) -> set[T]", "*")
inline Set<T> set_build(const T& first, const Rest&... rest) {
  Set<T> s;
  s.Add(first);
  (s.Add(static_cast<T>(rest)), ...);
  return s;
}
// The frozenset constant CPython 3.11's compile() makes of a display of constants {c1, c2, ...}:
// built from the items in order, then built again (merge_consts_recursive) from that set's
// iteration order. `for x in {c1, c2}` and comprehensions over such a display iterate this
// constant directly (the AST optimizer's fold_iter; any number of items, all constants).
// (A module loaded from a .pyc rebuilds it once more when unmarshalling; fxn follows compile(),
// as the tracer runs the source.)
template <class T, class... Rest>
FXN_OP("fxn.frozenset_const", "(T, T...) -> set[T]", "*")
inline Set<T> set_frozen_const(const T& first, const Rest&... rest) {
  Set<T> folded = set_build(first, rest...);
  Set<T> merged;  // PyFrozenSet_New(tuple(folded))
  for (size_t i = 0; i < folded.SlotCount(); ++i)
    if (folded.SlotLive(i)) merged.Add(folded.KeyAt(i));
  return merged;
}
// {c1, c2, c3, ...} as a value: three or more items, all constants. Compiled to BUILD_SET 0;
// LOAD_CONST <set_frozen_const>; SET_UPDATE (a merge into the empty set): the order can differ
// from adding the items one by one.
template <class T, class... Rest>
FXN_OP("fxn.build_set_const", "(T, T...) -> set[T]", "*")
inline Set<T> set_build_const(const T& first, const Rest&... rest) {
  Set<T> s;
  s.Merge(set_frozen_const(first, rest...));
  return s;
}
template <class T>
FXN_OP("builtins.set", "(list[T]) -> set[T]", "*")
inline Set<T> set_from_list(const List<T>& list) {
  Set<T> s;
  for (const auto& x : list.items()) s.Add(static_cast<T>(x));
  return s;
}
template <class T>
FXN_OP("builtins.set", "(set[T]) -> set[T]", "*")
inline Set<T> set_from_set(const Set<T>& other) {
  return SetCopy(other);
}
// set(text): its characters (a str's hash is per-process in CPython: the front end must not let
// the order of a set[str] show).
FXN_OP("builtins.set", "(str) -> set[str]", "*")
inline Set<Str> set_from_str(const Str& text) {
  Set<Str> s;
  for (size_t i = 0, n = text.nbytes(); i < n;) {
    const size_t end = text.NextCharEnd(i);
    s.Add(text.SubstrBytes(i, end, 1));
    i = end;
  }
  return s;
}
template <class T>
FXN_OP("set.copy", "(set[T]) -> set[T]", "*")
inline Set<T> set_copy(const Set<T>& s) {
  return SetCopy(s);
}
template <class T>
FXN_OP("set.add", "(set[T], T) -> None", "*")
inline void set_add(const Set<T>& s, const NoDeduce<T>& x) {
  s.Add(x);
}
template <class T>
FXN_OP("set.discard", "(set[T], T) -> None", "*")
inline void set_discard(const Set<T>& s, const NoDeduce<T>& x) {
  s.Discard(x);
}
template <class T>
FXN_OP("set.remove", "(set[T], T) -> None", "*")
inline bool set_remove(Ctx& cx, const Set<T>& s, const NoDeduce<T>& x) {
  if (FXN_UNLIKELY(!s.Discard(x))) return RaiseKeyError(cx, x);
  return true;
}
template <class T>
FXN_OP("set.pop", "(set[T]) -> T", "*")
inline bool set_pop(Ctx& cx, const Set<T>& s, T& out) {
  if (FXN_UNLIKELY(!s.Pop(out))) return cx.Raise("KeyError", "'pop from an empty set'");
  return true;
}
template <class T>
FXN_OP("set.clear", "(set[T]) -> None", "*")
inline void set_clear(const Set<T>& s) {
  s.Clear();
}
// s.update(other_set) / s.update(list)
template <class T>
FXN_OP("set.update", "(set[T], set[T]) -> None", "*")
inline void set_update(const Set<T>& s, const Set<T>& other) {
  s.Merge(other);
}
template <class T>
FXN_OP("set.update", "(set[T], list[T]) -> None", "*")
inline void set_update_list(const Set<T>& s, const List<T>& list) {
  for (const auto& x : list.items()) s.Add(static_cast<T>(x));
}
template <class T>
FXN_OP("set.intersection_update", "(set[T], set[T]) -> None", "*")
inline void set_intersection_update(const Set<T>& s, const Set<T>& other) {
  SetIntersectionUpdate(s, other);
}
template <class T>
FXN_OP("set.difference_update", "(set[T], set[T]) -> None", "*")
inline void set_difference_update(const Set<T>& s, const Set<T>& other) {
  SetDifferenceUpdate(s, other);
}
template <class T>
FXN_OP("set.symmetric_difference_update", "(set[T], set[T]) -> None", "*")
inline void set_symmetric_difference_update(const Set<T>& s, const Set<T>& other) {
  SetSymmetricDifferenceUpdate(s, other);
}
// s.union(o) and s | o, s.intersection(o) and s & o, ... (same algorithms for both spellings)
template <class T>
FXN_OP("set.union", "(set[T], set[T]) -> set[T]", "*")
FXN_OP("operator.or_", "(set[T], set[T]) -> set[T]", "*")
inline Set<T> set_union(const Set<T>& a, const Set<T>& b) {
  return SetUnion(a, b);
}
template <class T>
FXN_OP("set.intersection", "(set[T], set[T]) -> set[T]", "*")
FXN_OP("operator.and_", "(set[T], set[T]) -> set[T]", "*")
inline Set<T> set_intersection(const Set<T>& a, const Set<T>& b) {
  return SetIntersection(a, b);
}
template <class T>
FXN_OP("set.difference", "(set[T], set[T]) -> set[T]", "*")
FXN_OP("operator.sub", "(set[T], set[T]) -> set[T]", "*")
inline Set<T> set_difference(const Set<T>& a, const Set<T>& b) {
  return SetDifference(a, b);
}
template <class T>
FXN_OP("set.symmetric_difference", "(set[T], set[T]) -> set[T]", "*")
FXN_OP("operator.xor", "(set[T], set[T]) -> set[T]", "*")
inline Set<T> set_symmetric_difference(const Set<T>& a, const Set<T>& b) {
  return SetSymmetricDifference(a, b);
}
// s |= o, s &= o, s -= o, s ^= o: in place (aliases see it), the result is s itself.
template <class T>
FXN_OP("operator.ior", "(set[T], set[T]) -> set[T]", "*")
inline Set<T> set_ior(const Set<T>& a, const Set<T>& b) {
  a.Merge(b);
  return a;
}
template <class T>
FXN_OP("operator.iand", "(set[T], set[T]) -> set[T]", "*")
inline Set<T> set_iand(const Set<T>& a, const Set<T>& b) {
  SetIntersectionUpdate(a, b);
  return a;
}
template <class T>
FXN_OP("operator.isub", "(set[T], set[T]) -> set[T]", "*")
inline Set<T> set_isub(const Set<T>& a, const Set<T>& b) {
  SetDifferenceUpdate(a, b);
  return a;
}
template <class T>
FXN_OP("operator.ixor", "(set[T], set[T]) -> set[T]", "*")
inline Set<T> set_ixor(const Set<T>& a, const Set<T>& b) {
  SetSymmetricDifferenceUpdate(a, b);
  return a;
}
template <class T>
FXN_OP("set.issubset", "(set[T], set[T]) -> bool", "*")
inline bool set_issubset(const Set<T>& a, const Set<T>& b) {
  return SetIsSubset(a, b);
}
template <class T>
FXN_OP("set.issuperset", "(set[T], set[T]) -> bool", "*")
inline bool set_issuperset(const Set<T>& a, const Set<T>& b) {
  return SetIsSuperset(a, b);
}
template <class T>
FXN_OP("set.isdisjoint", "(set[T], set[T]) -> bool", "*")
inline bool set_isdisjoint(const Set<T>& a, const Set<T>& b) {
  return SetIsDisjoint(a, b);
}
template <class T>
FXN_OP("operator.contains", "(set[T], T) -> bool", "*")
inline bool set_contains(const Set<T>& s, const NoDeduce<T>& x) {
  return s.Contains(x);
}
template <class T>
FXN_OP("operator.eq", "(set[T], set[T]) -> bool", "*")
inline bool set_eq(const Set<T>& a, const Set<T>& b) {
  return PyEq(a, b);
}
template <class T>
FXN_OP("operator.ne", "(set[T], set[T]) -> bool", "*")
inline bool set_ne(const Set<T>& a, const Set<T>& b) {
  return !PyEq(a, b);
}
template <class T>
FXN_OP("operator.lt", "(set[T], set[T]) -> bool", "*")
inline bool set_lt(const Set<T>& a, const Set<T>& b) {
  return PyCmp(CmpOp::kLt, a, b);
}
template <class T>
FXN_OP("operator.le", "(set[T], set[T]) -> bool", "*")
inline bool set_le(const Set<T>& a, const Set<T>& b) {
  return PyCmp(CmpOp::kLe, a, b);
}
template <class T>
FXN_OP("operator.gt", "(set[T], set[T]) -> bool", "*")
inline bool set_gt(const Set<T>& a, const Set<T>& b) {
  return PyCmp(CmpOp::kGt, a, b);
}
template <class T>
FXN_OP("operator.ge", "(set[T], set[T]) -> bool", "*")
inline bool set_ge(const Set<T>& a, const Set<T>& b) {
  return PyCmp(CmpOp::kGe, a, b);
}
template <class T>
FXN_OP("builtins.len", "(set[T]) -> int", "*")
inline int64_t set_len(const Set<T>& s) {
  return s.size();
}
template <class T>
FXN_OP("builtins.bool", "(set[T]) -> bool", "*")
inline bool set_truth(const Set<T>& s) {
  return s.size() != 0;
}
// list(s): CPython's iteration order.
template <class T>
FXN_OP("builtins.list", "(set[T]) -> list[T]", "*")
inline List<T> set_list(const Set<T>& s) {
  List<T> out;
  auto& items = out.items();
  items.reserve(static_cast<size_t>(s.size()));
  for (size_t i = 0; i < s.SlotCount(); ++i)
    if (s.SlotLive(i)) items.push_back(List<T>::Store(s.KeyAt(i)));
  return out;
}

}  // namespace fxn::ops
