// ops_collections.hpp: the kernels of the `collections` module (fxn_stdlib_collections.py).
//
// A deque is two values in the IR, `tuple[list[T], list[int]]`: its items (front first) and a
// small shared record [maxlen (-1 for None), state]. `state` counts the mutations CPython's
// deque counts (its `state` field), so a loop over a deque raises "deque mutated during
// iteration" exactly where CPython does. Counter, defaultdict and OrderedDict are the dict type
// itself (the front end keeps their kind in the static type); what differs from dict lives here.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <type_traits>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"

namespace fxn::ops {

template <class T>
using CollNoDeduce = std::type_identity_t<T>;

// ---- deque ----

inline int64_t DequeMaxlen(const List<int64_t>& meta) { return meta.items()[0]; }
inline void DequeTouch(const List<int64_t>& meta) { meta.items()[1] += 1; }

// The record of a new deque: maxlen must be >= 0 when given (-1 stands for None in the record).
FXN_OP("collections.deque_meta", "(int) -> list[int]", "*")
inline bool deque_meta(Ctx& cx, int64_t maxlen, List<int64_t>& out) {
  if (FXN_UNLIKELY(maxlen < 0)) return cx.Raise("ValueError", "maxlen must be non-negative");
  out = List<int64_t>(std::vector<int64_t>{maxlen, 0});
  return true;
}
FXN_OP("collections.deque_meta_none", "() -> list[int]", "*")
inline List<int64_t> deque_meta_none() { return List<int64_t>(std::vector<int64_t>{-1, 0}); }

// deque(iterable, maxlen): the items of the iterable (a fresh list), the last maxlen kept.
template <class T>
FXN_OP("collections.deque_items", "(list[T], list[int]) -> list[T]", "*")
inline List<T> deque_items(const List<T>& src, const List<int64_t>& meta) {
  auto& in = src.items();
  const int64_t maxlen = DequeMaxlen(meta);
  size_t skip = 0;
  if (maxlen >= 0 && static_cast<int64_t>(in.size()) > maxlen) skip = in.size() - static_cast<size_t>(maxlen);
  return List<T>(std::vector<typename List<T>::Stored>(in.begin() + static_cast<std::ptrdiff_t>(skip), in.end()));
}

template <class T>
FXN_OP("collections.deque_append", "(list[T], list[int], T) -> None", "*")
inline void deque_append(const List<T>& d, const List<int64_t>& meta, const CollNoDeduce<T>& x) {
  auto& items = d.items();
  const int64_t maxlen = DequeMaxlen(meta);
  if (maxlen == 0) return;  // CPython: a deque of maxlen 0 takes nothing (and counts no mutation)
  items.push_back(List<T>::Store(x));
  DequeTouch(meta);
  if (maxlen >= 0 && static_cast<int64_t>(items.size()) > maxlen) items.erase(items.begin());
}

template <class T>
FXN_OP("collections.deque_appendleft", "(list[T], list[int], T) -> None", "*")
inline void deque_appendleft(const List<T>& d, const List<int64_t>& meta, const CollNoDeduce<T>& x) {
  auto& items = d.items();
  const int64_t maxlen = DequeMaxlen(meta);
  if (maxlen == 0) return;
  items.insert(items.begin(), List<T>::Store(x));
  DequeTouch(meta);
  if (maxlen >= 0 && static_cast<int64_t>(items.size()) > maxlen) items.pop_back();
}

template <class T>
FXN_OP("collections.deque_extend", "(list[T], list[int], list[T]) -> None", "*")
inline void deque_extend(const List<T>& d, const List<int64_t>& meta, const List<T>& xs) {
  const List<T> copy(std::vector<typename List<T>::Stored>(xs.items()));  // d.extend(d)
  for (const auto& x : copy.items()) deque_append(d, meta, static_cast<T>(x));
}

template <class T>
FXN_OP("collections.deque_extendleft", "(list[T], list[int], list[T]) -> None", "*")
inline void deque_extendleft(const List<T>& d, const List<int64_t>& meta, const List<T>& xs) {
  const List<T> copy(std::vector<typename List<T>::Stored>(xs.items()));
  for (const auto& x : copy.items()) deque_appendleft(d, meta, static_cast<T>(x));
}

template <class T>
FXN_OP("collections.deque_pop", "(list[T], list[int]) -> T", "*")
inline bool deque_pop(Ctx& cx, const List<T>& d, const List<int64_t>& meta, T& out) {
  auto& items = d.items();
  if (FXN_UNLIKELY(items.empty())) return cx.Raise("IndexError", "pop from an empty deque");
  out = static_cast<T>(items.back());
  items.pop_back();
  DequeTouch(meta);
  return true;
}

template <class T>
FXN_OP("collections.deque_popleft", "(list[T], list[int]) -> T", "*")
inline bool deque_popleft(Ctx& cx, const List<T>& d, const List<int64_t>& meta, T& out) {
  auto& items = d.items();
  if (FXN_UNLIKELY(items.empty())) return cx.Raise("IndexError", "pop from an empty deque");
  out = static_cast<T>(items.front());
  items.erase(items.begin());
  DequeTouch(meta);
  return true;
}

// d.rotate(n): CPython counts a mutation whenever len > 1, even for a rotation by 0.
template <class T>
FXN_OP("collections.deque_rotate", "(list[T], list[int], int) -> None", "*")
inline void deque_rotate(const List<T>& d, const List<int64_t>& meta, int64_t n) {
  auto& items = d.items();
  const int64_t len = static_cast<int64_t>(items.size());
  if (len <= 1) return;
  DequeTouch(meta);
  int64_t k = n % len;
  if (k < 0) k += len;
  std::rotate(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(len - k), items.end());
}

template <class T>
FXN_OP("collections.deque_clear", "(list[T], list[int]) -> None", "*")
inline void deque_clear(const List<T>& d, const List<int64_t>& meta) {
  d.items().clear();
  DequeTouch(meta);
}

template <class T>
FXN_OP("collections.deque_reverse", "(list[T], list[int]) -> None", "*")
inline void deque_reverse(const List<T>& d, const List<int64_t>&) {
  std::reverse(d.items().begin(), d.items().end());
}

// d[i] and d[i] = v: only ints index a deque; negative ones count from the end.
inline bool DequeIndex(Ctx& cx, int64_t size, int64_t& i) {
  if (i < 0) i += size;
  if (FXN_UNLIKELY(i < 0 || i >= size)) return cx.Raise("IndexError", "deque index out of range");
  return true;
}

template <class T>
FXN_OP("collections.deque_getitem", "(list[T], int) -> T", "*")
inline bool deque_getitem(Ctx& cx, const List<T>& d, int64_t i, T& out) {
  if (!DequeIndex(cx, d.size(), i)) return false;
  out = static_cast<T>(d.items()[static_cast<size_t>(i)]);
  return true;
}

template <class T>
FXN_OP("collections.deque_setitem", "(list[T], int, T) -> None", "*")
inline bool deque_setitem(Ctx& cx, const List<T>& d, int64_t i, const CollNoDeduce<T>& x) {
  if (!DequeIndex(cx, d.size(), i)) return false;
  d.items()[static_cast<size_t>(i)] = List<T>::Store(x);
  return true;
}

template <class T>
FXN_OP("collections.deque_delitem", "(list[T], list[int], int) -> None", "*")
inline bool deque_delitem(Ctx& cx, const List<T>& d, const List<int64_t>& meta, int64_t i) {
  if (!DequeIndex(cx, d.size(), i)) return false;
  d.items().erase(d.items().begin() + static_cast<std::ptrdiff_t>(i));
  DequeTouch(meta);
  return true;
}

template <class T>
inline bool DequeFind(Ctx& cx, const List<T>& d, const T& x, size_t& at) {
  auto& items = d.items();
  for (size_t i = 0; i < items.size(); ++i) {
    if (PyEq(static_cast<T>(items[i]), x)) {
      at = i;
      return true;
    }
  }
  std::string message;
  Format<T>::Repr(message, x);
  message += " is not in deque";
  return cx.Raise("ValueError", message.c_str());
}

template <class T>
FXN_OP("collections.deque_index", "(list[T], T) -> int", "*")
inline bool deque_index(Ctx& cx, const List<T>& d, const CollNoDeduce<T>& x, int64_t& out) {
  size_t at = 0;
  if (!DequeFind(cx, d, x, at)) return false;
  out = static_cast<int64_t>(at);
  return true;
}

template <class T>
FXN_OP("collections.deque_remove", "(list[T], list[int], T) -> None", "*")
inline bool deque_remove(Ctx& cx, const List<T>& d, const List<int64_t>& meta, const CollNoDeduce<T>& x) {
  size_t at = 0;
  if (!DequeFind(cx, d, x, at)) return false;
  d.items().erase(d.items().begin() + static_cast<std::ptrdiff_t>(at));
  DequeTouch(meta);
  return true;
}

template <class T>
FXN_OP("collections.deque_insert", "(list[T], list[int], int, T) -> None", "*")
inline bool deque_insert(Ctx& cx, const List<T>& d, const List<int64_t>& meta, int64_t i, const CollNoDeduce<T>& x) {
  auto& items = d.items();
  const int64_t size = static_cast<int64_t>(items.size());
  if (FXN_UNLIKELY(DequeMaxlen(meta) == size)) return cx.Raise("IndexError", "deque already at its maximum size");
  if (i < 0) i = std::max<int64_t>(0, i + size);
  if (i > size) i = size;
  items.insert(items.begin() + static_cast<std::ptrdiff_t>(i), List<T>::Store(x));
  DequeTouch(meta);
  return true;
}

// The loop over a deque checks the record's state before each item (and after the last).
FXN_OP("collections.deque_check_state", "(list[int], int) -> None", "*")
inline bool deque_check_state(Ctx& cx, const List<int64_t>& meta, int64_t state) {
  if (FXN_UNLIKELY(meta.items()[1] != state)) return cx.Raise("RuntimeError", "deque mutated during iteration");
  return true;
}

template <class T>
FXN_OP("collections.deque_repr", "(list[T], list[int]) -> str", "*")
inline Str deque_repr(const List<T>& d, const List<int64_t>& meta) {
  std::string out = "deque(";
  Format<List<T>>::Repr(out, d);
  if (DequeMaxlen(meta) >= 0) out += ", maxlen=" + std::to_string(DequeMaxlen(meta));
  out += ')';
  return Str::FromUtf8(out);
}

// ---- Counter (a dict of int counts) ----

// Counter.update(iterable): each item counted once more, new keys in first-seen order.
template <class K>
FXN_OP("collections.counter_add_items", "(dict[K, int], list[K]) -> None", "*")
inline bool counter_add_items(Ctx& cx, const Dict<K, int64_t>& c, const List<K>& items) {
  for (const auto& x : items.items()) {
    const K key = static_cast<K>(x);
    int64_t* v = c.Find(key);
    if (v == nullptr) {
      c.Set(key, 1);
    } else if (FXN_UNLIKELY(__builtin_add_overflow(*v, 1, v))) {
      return cx.RaiseIntLimit("Python int too large to convert to C int64 (fxn's 64-bit int)");
    }
  }
  return true;
}

// update(mapping) (sign 1) and subtract(mapping) (sign -1): self[k] = self.get(k, 0) +- v.
template <class K>
FXN_OP("collections.counter_add_mapping", "(dict[K, int], dict[K, int], int) -> None", "*")
inline bool counter_add_mapping(Ctx& cx, const Dict<K, int64_t>& c, const Dict<K, int64_t>& other, int64_t sign) {
  const Dict<K, int64_t> src = c.same(other) ? dict_copy(other) : other;
  for (size_t i = 0; i < src.SlotCount(); ++i) {
    if (!src.SlotLive(i)) continue;
    const int64_t* v = c.Find(src.KeyAt(i));
    int64_t delta = src.ValueAt(i), now = 0;
    if (sign < 0 && FXN_UNLIKELY(__builtin_sub_overflow(int64_t{0}, delta, &delta)))
      return cx.RaiseIntLimit("Python int too large to convert to C int64 (fxn's 64-bit int)");
    if (FXN_UNLIKELY(__builtin_add_overflow(v ? *v : 0, delta, &now)))
      return cx.RaiseIntLimit("Python int too large to convert to C int64 (fxn's 64-bit int)");
    c.Set(src.KeyAt(i), now);
  }
  return true;
}

// subtract(iterable): each item counted once less.
template <class K>
FXN_OP("collections.counter_sub_items", "(dict[K, int], list[K]) -> None", "*")
inline bool counter_sub_items(Ctx& cx, const Dict<K, int64_t>& c, const List<K>& items) {
  for (const auto& x : items.items()) {
    const K key = static_cast<K>(x);
    const int64_t* v = c.Find(key);
    int64_t now = 0;
    if (FXN_UNLIKELY(__builtin_sub_overflow(v ? *v : 0, int64_t{1}, &now)))
      return cx.RaiseIntLimit("Python int too large to convert to C int64 (fxn's 64-bit int)");
    c.Set(key, now);
  }
  return true;
}

// most_common(): sorted by count, largest first, ties in insertion order (a stable sort, and
// heapq.nlargest for most_common(n), which CPython documents as the same order).
template <class K>
FXN_OP("collections.counter_most_common", "(dict[K, int], int) -> list[tuple[K, int]]", "*")
inline List<Tuple<K, int64_t>> counter_most_common(const Dict<K, int64_t>& c, int64_t n) {
  List<Tuple<K, int64_t>> out = dict_items(c);
  auto& items = out.items();
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return std::get<1>(a) > std::get<1>(b); });
  if (n >= 0 && static_cast<size_t>(n) < items.size()) items.resize(static_cast<size_t>(n));
  if (n < 0) items.clear();  // heapq.nlargest of a negative n: [] (INT64_MIN too)
  return out;
}

// elements(): each key repeated by its count (non-positive counts give none), insertion order.
template <class K>
FXN_OP("collections.counter_elements", "(dict[K, int]) -> list[K]", "*")
inline List<K> counter_elements(const Dict<K, int64_t>& c) {
  List<K> out;
  for (size_t i = 0; i < c.SlotCount(); ++i)
    if (c.SlotLive(i))
      for (int64_t k = 0; k < c.ValueAt(i); ++k) out.items().push_back(List<K>::Store(c.KeyAt(i)));
  return out;
}

template <class K>
FXN_OP("collections.counter_total", "(dict[K, int]) -> int", "*")
inline bool counter_total(Ctx& cx, const Dict<K, int64_t>& c, int64_t& out) {
  int64_t sum = 0;
  for (size_t i = 0; i < c.SlotCount(); ++i)
    if (c.SlotLive(i) && FXN_UNLIKELY(__builtin_add_overflow(sum, c.ValueAt(i), &sum)))
      return cx.RaiseIntLimit("Python int too large to convert to C int64 (fxn's 64-bit int)");
  out = sum;
  return true;
}

// a + b, a - b, a | b, a & b (op 0..3) as Counter's methods compute them: a's keys in order
// first, then b's keys missing from a; only positive counts are kept.
template <class K>
FXN_OP("collections.counter_binop", "(dict[K, int], dict[K, int], int) -> dict[K, int]", "*")
inline bool counter_binop(Ctx& cx, const Dict<K, int64_t>& a, const Dict<K, int64_t>& b, int64_t op,
                          Dict<K, int64_t>& out) {
  Dict<K, int64_t> result;
  for (size_t i = 0; i < a.SlotCount(); ++i) {
    if (!a.SlotLive(i)) continue;
    const int64_t count = a.ValueAt(i);
    const int64_t* o = b.Find(a.KeyAt(i));
    const int64_t other = o ? *o : 0;
    int64_t now = 0;
    bool overflow = false;
    switch (op) {
      case 0: overflow = __builtin_add_overflow(count, other, &now); break;
      case 1: overflow = __builtin_sub_overflow(count, other, &now); break;
      case 2: now = count < other ? other : count; break;
      default: now = count < other ? count : other; break;
    }
    if (FXN_UNLIKELY(overflow)) return cx.RaiseIntLimit("Python int too large to convert to C int64 (fxn's 64-bit int)");
    if (now > 0) result.Set(a.KeyAt(i), now);
  }
  if (op != 3) {
    for (size_t i = 0; i < b.SlotCount(); ++i) {
      if (!b.SlotLive(i) || a.Contains(b.KeyAt(i))) continue;
      const int64_t count = b.ValueAt(i);
      if (op == 1) {
        if (count < 0) {
          if (FXN_UNLIKELY(count == INT64_MIN)) return cx.RaiseIntLimit("Python int too large to convert to C int64 (fxn's 64-bit int)");
          result.Set(b.KeyAt(i), -count);
        }
      } else if (count > 0) {
        result.Set(b.KeyAt(i), count);
      }
    }
  }
  out = result;
  return true;
}

// Counter == Counter (3.10+): a missing key counts as zero.
template <class K>
FXN_OP("collections.counter_eq", "(dict[K, int], dict[K, int]) -> bool", "*")
inline bool counter_eq(const Dict<K, int64_t>& a, const Dict<K, int64_t>& b) {
  for (int side = 0; side < 2; ++side) {
    const Dict<K, int64_t>& x = side ? b : a;
    const Dict<K, int64_t>& y = side ? a : b;
    for (size_t i = 0; i < x.SlotCount(); ++i) {
      if (!x.SlotLive(i)) continue;
      const int64_t* o = y.Find(x.KeyAt(i));
      if (x.ValueAt(i) != (o ? *o : 0)) return false;
    }
  }
  return true;
}

// repr(Counter): Counter() when empty, else the dict of most_common() in Counter(...).
template <class K>
FXN_OP("collections.counter_repr", "(dict[K, int]) -> str", "*")
inline Str counter_repr(const Dict<K, int64_t>& c) {
  if (c.size() == 0) return Str::FromUtf8("Counter()");
  std::string out = "Counter({";
  bool first = true;
  const List<Tuple<K, int64_t>> ordered = counter_most_common(c, INT64_MAX);  // kept alive for the loop
  for (const auto& kv : ordered.items()) {
    if (!first) out += ", ";
    first = false;
    Format<K>::Repr(out, std::get<0>(kv));
    out += ": ";
    Format<int64_t>::Repr(out, std::get<1>(kv));
  }
  out += "})";
  return Str::FromUtf8(out);
}

// repr(defaultdict): the factory's repr (the front end knows it), then the dict.
template <class K, class V>
FXN_OP("collections.defaultdict_repr", "(str, dict[K, V]) -> str", "*")
inline Str defaultdict_repr(const Str& factory, const Dict<K, V>& d) {
  std::string out = "defaultdict(";
  Format<Str>::Str(out, factory);
  out += ", ";
  Format<Dict<K, V>>::Repr(out, d);
  out += ')';
  return Str::FromUtf8(out);
}

// ---- OrderedDict ----

// repr(OrderedDict) in 3.11: OrderedDict() or OrderedDict([(k, v), ...]).
template <class K, class V>
FXN_OP("collections.odict_repr", "(dict[K, V]) -> str", "*")
inline Str odict_repr(const Dict<K, V>& d) {
  if (d.size() == 0) return Str::FromUtf8("OrderedDict()");
  std::string out = "OrderedDict(";
  const List<Tuple<K, V>> items = dict_items(d);
  Format<List<Tuple<K, V>>>::Repr(out, items);
  out += ')';
  return Str::FromUtf8(out);
}

// OrderedDict == OrderedDict: equal as dicts and in the same order.
template <class K, class V>
FXN_OP("collections.odict_eq", "(dict[K, V], dict[K, V]) -> bool", "*")
inline bool odict_eq(const Dict<K, V>& a, const Dict<K, V>& b) {
  if (!PyEq(a, b)) return false;
  size_t j = 0;
  for (size_t i = 0; i < a.SlotCount(); ++i) {
    if (!a.SlotLive(i)) continue;
    while (!b.SlotLive(j)) ++j;
    if (!PyEq(a.KeyAt(i), b.KeyAt(j))) return false;
    ++j;
  }
  return true;
}

// move_to_end(key, last): KeyError(key) when missing; to the front rebuilds the order.
template <class K, class V>
FXN_OP("collections.odict_move_to_end", "(dict[K, V], K, bool) -> None", "*")
inline bool odict_move_to_end(Ctx& cx, const Dict<K, V>& d, const CollNoDeduce<K>& key, bool last) {
  V value{};
  if (!d.Take(key, value)) return RaiseKeyError(cx, key);
  if (last) {
    d.Set(key, value);
    return true;
  }
  Dict<K, V> rest = dict_copy(d);
  d.Clear();
  d.Set(key, value);
  for (size_t i = 0; i < rest.SlotCount(); ++i)
    if (rest.SlotLive(i)) d.Set(rest.KeyAt(i), rest.ValueAt(i));
  return true;
}

// popitem(last): the last (or first) pair; KeyError('dictionary is empty').
template <class K, class V>
FXN_OP("collections.odict_popitem", "(dict[K, V], bool) -> tuple[K, V]", "*")
inline bool odict_popitem(Ctx& cx, const Dict<K, V>& d, bool last, Tuple<K, V>& out) {
  if (FXN_UNLIKELY(d.size() == 0)) return cx.Raise("KeyError", "'dictionary is empty'");
  size_t at = 0;
  if (last) {
    at = d.SlotCount();
    while (!d.SlotLive(--at)) {
    }
  } else {
    while (!d.SlotLive(at)) ++at;
  }
  K key = d.KeyAt(at);
  V value = d.ValueAt(at);
  d.Erase(key);
  out = Tuple<K, V>(key, value);
  return true;
}

}  // namespace fxn::ops
