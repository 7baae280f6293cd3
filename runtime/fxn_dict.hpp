// fxn_dict.hpp: Python's dict and set for compiled code, and CPython 3.11's hash().
//
// Why this shape: a compiled function must return exactly what CPython returns, and a set's
// iteration order (list(s), repr, pop, for loops) is a function of CPython's hash values and of
// the exact history of its open-addressing table. So Set<T> is a port of the table algorithm of
// CPython 3.11's Objects/setobject.c (8 slots to start, 9 linear probes, perturbation, dummies
// that count in `fill`, the resize policy, set_merge's fast paths, pop's finger) and every set
// operation follows CPython's algorithm step by step (which set is iterated, which is copied).
// Dict<K, V> keeps insertion order like CPython's compact dict and also mirrors its entry array
// (capacity `usable`, holes left by deletion, compaction exactly when CPython resizes), so a loop
// that mutates a dict without changing its size sees what CPython's iterator sees.
//
// Both are handles with reference semantics, as List<T>: copies alias; Dict() / Set() allocate
// an empty object, Dict(UnsetTag) / Set(UnsetTag) are null slots assigned before use.
//
// Hashes: PyHash<T>::Of(x) is CPython's hash(x) for int, bool, float (not NaN), tuples of those
// (3.11's xxHash-based tuplehash). str hashes are randomized per CPython process, and None's is
// its address, so for str, None and anything containing them the hash (and thus the order of a
// set) is not CPython's: kPyHashExact<T> says which types are exact; the front end must not let
// set iteration order be observed for the others (dict order never depends on hashes).
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "fxn_core.hpp"

namespace fxn {

template <class T>
struct Format;  // fxn_str.hpp: Python's str() and repr() of each type

// ---- hash() as CPython 3.11 computes it ----

template <class T, class = void>
struct PyHash {
  // Types with their own hash() (str): CPython reserves -1.
  static int64_t Of(const T& x) {
    int64_t h = static_cast<int64_t>(x.hash());
    return h == -1 ? -2 : h;
  }
};

inline constexpr uint64_t kPyHashModulus = (uint64_t{1} << 61) - 1;  // _PyHASH_MODULUS
inline constexpr int kPyHashBits = 61;

template <>
struct PyHash<int64_t> {
  // long_hash: sign(x) * (|x| mod (2**61 - 1)), -1 -> -2.
  static int64_t Of(int64_t x) {
    uint64_t magnitude = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    int64_t h = static_cast<int64_t>(magnitude % kPyHashModulus);
    if (x < 0) h = -h;
    return h == -1 ? -2 : h;
  }
};
template <>
struct PyHash<bool> {
  static int64_t Of(bool b) { return b ? 1 : 0; }
};
template <>
struct PyHash<double> {
  // _Py_HashDouble. NaN hashes by object address in CPython (unknowable): 0 here, and float
  // keys are refused by the front end.
  static int64_t Of(double v) {
    if (!std::isfinite(v)) {
      if (std::isinf(v)) return v > 0 ? 314159 : -314159;
      return 0;
    }
    int e = 0;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
      sign = -1;
      m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
      x = ((x << 28) & kPyHashModulus) | x >> (kPyHashBits - 28);
      m *= 268435456.0;  // 2**28
      e -= 28;
      uint64_t y = static_cast<uint64_t>(m);
      m -= static_cast<double>(y);
      x += y;
      if (x >= kPyHashModulus) x -= kPyHashModulus;
    }
    e = e >= 0 ? e % kPyHashBits : kPyHashBits - 1 - ((-1 - e) % kPyHashBits);
    x = ((x << e) & kPyHashModulus) | x >> (kPyHashBits - e);
    x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
    if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
    return static_cast<int64_t>(x);
  }
};
template <>
struct PyHash<NoneT> {
  static int64_t Of(NoneT) { return 0x5f3e1d0; }  // CPython 3.11: the address of None (unknowable)
};
template <class T>
struct PyHash<Optional<T>> {
  static int64_t Of(const Optional<T>& x) { return x.has ? PyHash<T>::Of(x.value) : PyHash<NoneT>::Of(NoneT{}); }
};
template <class... T>
struct PyHash<Tuple<T...>> {
  // tuplehash (3.11): xxHash's round over the items' hashes.
  static int64_t Of(const Tuple<T...>& t) {
    constexpr uint64_t kPrime1 = 11400714785074694791ULL, kPrime2 = 14029467366897019727ULL,
                       kPrime5 = 2870177450012600261ULL;
    uint64_t acc = kPrime5;
    std::apply(
        [&](const auto&... item) {
          ((acc += static_cast<uint64_t>(PyHash<std::decay_t<decltype(item)>>::Of(item)) * kPrime2,
            acc = (acc << 31) | (acc >> 33), acc *= kPrime1),
           ...);
        },
        t);
    acc += static_cast<uint64_t>(sizeof...(T)) ^ (kPrime5 ^ 3527539ULL);
    if (acc == static_cast<uint64_t>(-1)) return 1546275796;
    return static_cast<int64_t>(acc);
  }
};

template <class T>
inline int64_t PyHashOf(const T& x) {
  return PyHash<T>::Of(x);
}

// Whether PyHash<T> equals CPython's hash() in every process (so a set's order is CPython's).
template <class T>
inline constexpr bool kPyHashExact = std::is_same_v<T, int64_t> || std::is_same_v<T, bool> || std::is_same_v<T, double>;
template <class... T>
inline constexpr bool kPyHashExact<Tuple<T...>> = (kPyHashExact<T> && ...);

// ---- set ----

template <class T>
class Set {
 public:
  static constexpr size_t kMinSize = 8;       // PySet_MINSIZE
  static constexpr size_t kLinearProbes = 9;  // LINEAR_PROBES
  static constexpr int kPerturbShift = 5;     // PERTURB_SHIFT
  enum : uint8_t { kUnused = 0, kLive = 1, kDummy = 2 };
  struct Entry {
    int64_t hash = 0;  // -1 for a dummy, as in CPython
    T key = UnsetValue<T>::Get();
    uint8_t state = kUnused;
  };
  struct Object {
    size_t refs = 1;
    int64_t fill = 0;  // live + dummy slots
    int64_t used = 0;  // live slots
    size_t mask = kMinSize - 1;
    int64_t finger = 0;  // where set.pop() starts looking
    std::vector<Entry> table = std::vector<Entry>(kMinSize);
  };

  struct UnsetTag {};
  Set() : obj_(new Object) {}
  explicit Set(UnsetTag) : obj_(nullptr) {}
  Set(const Set& o) : obj_(o.obj_) {
    if (obj_) ++obj_->refs;
  }
  Set(Set&& o) noexcept : obj_(o.obj_) { o.obj_ = nullptr; }
  Set& operator=(const Set& o) {
    Set copy(o);
    std::swap(obj_, copy.obj_);
    return *this;
  }
  Set& operator=(Set&& o) noexcept {
    std::swap(obj_, o.obj_);
    return *this;
  }
  ~Set() {
    if (obj_ && --obj_->refs == 0) delete obj_;
  }

  int64_t size() const { return obj_->used; }
  bool same(const Set& o) const { return obj_ == o.obj_; }

  bool Contains(const T& key) const { return ContainsEntry(key, PyHashOf(key)); }
  void Add(const T& key) const { AddEntry(key, PyHashOf(key)); }
  bool Discard(const T& key) const { return DiscardEntry(key, PyHashOf(key)); }

  // Iteration in CPython's order: slots 0 .. SlotCount()-1, skipping the ones not live.
  size_t SlotCount() const { return obj_->mask + 1; }
  bool SlotLive(size_t i) const { return obj_->table[i].state == kLive; }
  const T& KeyAt(size_t i) const { return obj_->table[i].key; }
  int64_t HashAt(size_t i) const { return obj_->table[i].hash; }

  // ---- CPython's internals (setobject.c), used by the set algebra below ----

  // set_contains_entry / set_lookkey
  bool ContainsEntry(const T& key, int64_t hash) const { return Lookup(key, hash) != nullptr; }

  // set_add_entry: reuses the last dummy seen on the probe path; resizes when fill*5 >= mask*3.
  void AddEntry(const T& key, int64_t hash) const {
    Object* so = obj_;
    const uint64_t mask = so->mask;
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    Entry* freeslot = nullptr;
    Entry* entry;
    while (true) {
      entry = &so->table[static_cast<size_t>(i)];
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      while (true) {
        if (entry->state == kUnused) goto found_unused_or_dummy;
        if (entry->hash == hash && entry->state == kLive && PyEq(entry->key, key)) return;  // found active
        if (entry->state == kDummy) freeslot = entry;
        ++entry;
        if (probes-- == 0) break;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  found_unused_or_dummy:
    if (freeslot != nullptr) {
      ++so->used;
      freeslot->key = key;
      freeslot->hash = hash;
      freeslot->state = kLive;
      return;
    }
    ++so->fill;
    ++so->used;
    entry->key = key;
    entry->hash = hash;
    entry->state = kLive;
    if (static_cast<uint64_t>(so->fill) * 5 < mask * 3) return;
    Resize(so->used > 50000 ? so->used * 2 : so->used * 4);
  }

  // set_discard_entry: the slot becomes a dummy (hash -1); never shrinks.
  bool DiscardEntry(const T& key, int64_t hash) const {
    Entry* entry = Lookup(key, hash);
    if (entry == nullptr) return false;
    entry->key = UnsetValue<T>::Get();
    entry->hash = -1;
    entry->state = kDummy;
    --obj_->used;
    return true;
  }

  // set_table_resize: the smallest power of two > minused (at least 8); live entries are
  // reinserted in table order. A small table without dummies is left as it is.
  void Resize(int64_t minused) const {
    Object* so = obj_;
    size_t newsize = kMinSize;
    while (static_cast<int64_t>(newsize) <= minused) newsize <<= 1;
    if (newsize == kMinSize && so->mask == kMinSize - 1 && so->fill == so->used) return;
    std::vector<Entry> old(newsize);
    old.swap(so->table);
    so->mask = newsize - 1;
    so->fill = so->used;
    for (Entry& e : old)
      if (e.state == kLive) InsertClean(so->table, so->mask, std::move(e.key), e.hash);
  }

  // set_merge: `so |= other` for sets, with CPython's fast paths for an empty target.
  void Merge(const Set& other) const {
    Object* so = obj_;
    const Object* ot = other.obj_;
    if (so == ot || ot->used == 0) return;
    if ((so->fill + ot->used) * 5 >= static_cast<int64_t>(so->mask) * 3) Resize((so->used + ot->used) * 2);
    if (so->fill == 0 && so->mask == ot->mask && ot->fill == ot->used) {
      for (size_t i = 0; i <= ot->mask; ++i)
        if (ot->table[i].state == kLive) so->table[i] = ot->table[i];
      so->fill = ot->fill;
      so->used = ot->used;
      return;
    }
    if (so->fill == 0) {
      so->fill = ot->used;
      so->used = ot->used;
      for (size_t i = 0; i <= ot->mask; ++i)
        if (ot->table[i].state == kLive) InsertClean(so->table, so->mask, ot->table[i].key, ot->table[i].hash);
      return;
    }
    for (size_t i = 0; i <= ot->mask; ++i)
      if (ot->table[i].state == kLive) AddEntry(ot->table[i].key, ot->table[i].hash);
  }

  // set_clear_internal: back to the 8-slot table (the pop finger stays).
  void Clear() const {
    Object* so = obj_;
    so->table.assign(kMinSize, Entry{});
    so->mask = kMinSize - 1;
    so->fill = 0;
    so->used = 0;
  }

  // set_pop: the first live slot from the finger on, wrapping around. False when empty.
  bool Pop(T& out) const {
    Object* so = obj_;
    if (so->used == 0) return false;
    size_t i = static_cast<size_t>(so->finger) & so->mask;
    while (so->table[i].state != kLive) {
      ++i;
      if (i > so->mask) i = 0;
    }
    Entry& e = so->table[i];
    out = std::move(e.key);
    e.key = UnsetValue<T>::Get();
    e.hash = -1;
    e.state = kDummy;
    --so->used;
    so->finger = static_cast<int64_t>(i) + 1;
    return true;
  }

  // set_swap_bodies (table, fill, used, mask; not the finger): intersection_update's last step.
  void SwapBodies(const Set& other) const {
    std::swap(obj_->table, other.obj_->table);
    std::swap(obj_->fill, other.obj_->fill);
    std::swap(obj_->used, other.obj_->used);
    std::swap(obj_->mask, other.obj_->mask);
  }

  int64_t fill() const { return obj_->fill; }
  size_t mask() const { return obj_->mask; }
  int64_t finger() const { return obj_->finger; }

 private:
  // set_lookkey: the live entry equal to key, or null.
  Entry* Lookup(const T& key, int64_t hash) const {
    Object* so = obj_;
    const uint64_t mask = so->mask;
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    while (true) {
      Entry* entry = &so->table[static_cast<size_t>(i)];
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      while (true) {
        if (entry->state == kUnused) return nullptr;
        if (entry->hash == hash && entry->state == kLive && PyEq(entry->key, key)) return entry;
        ++entry;
        if (probes-- == 0) break;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  // set_insert_clean: into a table known to hold neither key nor dummies.
  template <class K>
  static void InsertClean(std::vector<Entry>& table, uint64_t mask, K&& key, int64_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    Entry* entry;
    while (true) {
      entry = &table[static_cast<size_t>(i)];
      if (entry->state == kUnused) break;
      if (i + kLinearProbes <= mask) {
        size_t j = 0;
        for (; j < kLinearProbes; ++j) {
          ++entry;
          if (entry->state == kUnused) break;
        }
        if (j < kLinearProbes) break;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
    entry->key = std::forward<K>(key);
    entry->hash = hash;
    entry->state = kLive;
  }

  Object* obj_;
};

template <class T>
struct UnsetValue<Set<T>> {
  static Set<T> Get() { return Set<T>(typename Set<T>::UnsetTag{}); }
};

// ---- set algebra: each function is the CPython 3.11 function named beside it ----

// set.copy(), set(s): make_new_set + set_merge.
template <class T>
Set<T> SetCopy(const Set<T>& so) {
  Set<T> result;
  result.Merge(so);
  return result;
}
// set.union(other), s | other: set_union / set_or.
template <class T>
Set<T> SetUnion(const Set<T>& so, const Set<T>& other) {
  Set<T> result = SetCopy(so);
  if (!so.same(other)) result.Merge(other);
  return result;
}
// set.intersection(other), s & other: set_intersection; iterates the smaller set (`other` when
// sizes are equal) and adds what the other one contains.
template <class T>
Set<T> SetIntersection(const Set<T>& so_in, const Set<T>& other_in) {
  if (so_in.same(other_in)) return SetCopy(so_in);
  Set<T> result;
  const Set<T>* so = &so_in;
  const Set<T>* other = &other_in;
  if (other->size() > so->size()) std::swap(so, other);
  for (size_t i = 0; i < other->SlotCount(); ++i) {
    if (!other->SlotLive(i)) continue;
    if (so->ContainsEntry(other->KeyAt(i), other->HashAt(i))) result.AddEntry(other->KeyAt(i), other->HashAt(i));
  }
  return result;
}
// set.isdisjoint(other): set_isdisjoint.
template <class T>
bool SetIsDisjoint(const Set<T>& so_in, const Set<T>& other_in) {
  if (so_in.same(other_in)) return so_in.size() == 0;
  const Set<T>* so = &so_in;
  const Set<T>* other = &other_in;
  if (other->size() > so->size()) std::swap(so, other);
  for (size_t i = 0; i < other->SlotCount(); ++i)
    if (other->SlotLive(i) && so->ContainsEntry(other->KeyAt(i), other->HashAt(i))) return false;
  return true;
}
// s -= other, set.difference_update(other): set_difference_update_internal.
template <class T>
void SetDifferenceUpdate(const Set<T>& so, const Set<T>& other_in) {
  if (so.same(other_in)) {
    so.Clear();
    return;
  }
  Set<T> other = other_in;
  if ((other.size() >> 3) > so.size()) other = SetIntersection(so, other);
  for (size_t i = 0; i < other.SlotCount(); ++i)
    if (other.SlotLive(i)) so.DiscardEntry(other.KeyAt(i), other.HashAt(i));
  // "If more than 1/4th are dummies, then resize them away."
  if (static_cast<size_t>(so.fill() - so.size()) <= so.mask() / 4) return;
  so.Resize(so.size() > 50000 ? so.size() * 2 : so.size() * 4);
}
// set.difference(other), s - other: set_difference (copy-and-discard when so is 4x larger).
template <class T>
Set<T> SetDifference(const Set<T>& so, const Set<T>& other) {
  if ((so.size() >> 2) > other.size()) {
    Set<T> result = SetCopy(so);
    SetDifferenceUpdate(result, other);
    return result;
  }
  Set<T> result;
  for (size_t i = 0; i < so.SlotCount(); ++i) {
    if (!so.SlotLive(i)) continue;
    if (!other.ContainsEntry(so.KeyAt(i), so.HashAt(i))) result.AddEntry(so.KeyAt(i), so.HashAt(i));
  }
  return result;
}
// s ^= other, set.symmetric_difference_update(other): set_symmetric_difference_update.
template <class T>
void SetSymmetricDifferenceUpdate(const Set<T>& so, const Set<T>& other) {
  if (so.same(other)) {
    so.Clear();
    return;
  }
  Set<T> keep = other;  // holds the other set alive, as CPython's reference does
  for (size_t i = 0; i < keep.SlotCount(); ++i) {
    if (!keep.SlotLive(i)) continue;
    if (!so.DiscardEntry(keep.KeyAt(i), keep.HashAt(i))) so.AddEntry(keep.KeyAt(i), keep.HashAt(i));
  }
}
// set.symmetric_difference(other), s ^ other: a copy of other, updated with so.
template <class T>
Set<T> SetSymmetricDifference(const Set<T>& so, const Set<T>& other) {
  Set<T> result = SetCopy(other);
  SetSymmetricDifferenceUpdate(result, so);
  return result;
}
// s &= other, set.intersection_update(other): the intersection swapped into so.
template <class T>
void SetIntersectionUpdate(const Set<T>& so, const Set<T>& other) {
  Set<T> tmp = SetIntersection(so, other);
  so.SwapBodies(tmp);
}
// set.issubset(other), s <= other: set_issubset.
template <class T>
bool SetIsSubset(const Set<T>& so, const Set<T>& other) {
  if (so.size() > other.size()) return false;
  for (size_t i = 0; i < so.SlotCount(); ++i)
    if (so.SlotLive(i) && !other.ContainsEntry(so.KeyAt(i), so.HashAt(i))) return false;
  return true;
}
template <class T>
bool SetIsSuperset(const Set<T>& so, const Set<T>& other) {
  return SetIsSubset(other, so);
}

template <class T>
inline bool PyEq(const Set<T>& a, const Set<T>& b) {
  if (a.size() != b.size()) return false;
  return SetIsSubset(a, b);
}
template <class T>
inline bool PyCmp(CmpOp op, const Set<T>& a, const Set<T>& b) {
  switch (op) {
    case CmpOp::kLe: return SetIsSubset(a, b);
    case CmpOp::kGe: return SetIsSuperset(a, b);
    case CmpOp::kLt: return a.size() < b.size() && SetIsSubset(a, b);
    case CmpOp::kGt: return a.size() > b.size() && SetIsSuperset(a, b);
  }
  return false;
}
template <class T>
inline bool PyTruth(const Set<T>& s) {
  return s.size() != 0;
}

// A `for x in s` loop, as CPython's set iterator runs it: RuntimeError when the size changed
// since the loop began; otherwise the next live slot after the last one given, in the table as
// it is now (so a same-size mutation in the body continues where CPython continues).
template <class T>
struct SetIter {
  Set<T> set;
  int64_t expected_used;
  size_t pos = 0;
  explicit SetIter(const Set<T>& s) : set(s), expected_used(s.size()) {}
  // 1: `out` is the next item; 0: the loop is over; -1: RuntimeError raised in cx.
  int Next(Ctx& cx, T& out) {
    if (set.size() != expected_used) {
      cx.Raise("RuntimeError", "Set changed size during iteration");
      return -1;
    }
    const size_t n = set.SlotCount();
    while (pos < n && !set.SlotLive(pos)) ++pos;
    if (pos >= n) return 0;
    out = set.KeyAt(pos++);
    return 1;
  }
};

// ---- dict ----

template <class K, class V>
class Dict {
 public:
  static constexpr int64_t kIxEmpty = -1;  // DKIX_EMPTY
  static constexpr int64_t kIxDummy = -2;  // DKIX_DUMMY
  static constexpr int kLog2MinSize = 3;   // PyDict_LOG_MINSIZE
  struct Entry {
    int64_t hash;
    K key;
    V value;
    bool live;
  };
  struct Object {
    size_t refs = 1;
    int64_t used = 0;    // ma_used
    int64_t usable = 0;  // dk_usable: entries that may still be appended before a resize
    int log2_size = 0;   // dk_log2_size; 0 with usable 0 is Py_EMPTY_KEYS
    std::vector<Entry> entries;                    // dk_entries[0 .. dk_nentries)
    std::vector<int32_t> indices = {int32_t{-1}};  // the hash index: entry number, or -1 / -2
  };

  struct UnsetTag {};
  Dict() : obj_(new Object) {}
  explicit Dict(UnsetTag) : obj_(nullptr) {}
  Dict(const Dict& o) : obj_(o.obj_) {
    if (obj_) ++obj_->refs;
  }
  Dict(Dict&& o) noexcept : obj_(o.obj_) { o.obj_ = nullptr; }
  Dict& operator=(const Dict& o) {
    Dict copy(o);
    std::swap(obj_, copy.obj_);
    return *this;
  }
  Dict& operator=(Dict&& o) noexcept {
    std::swap(obj_, o.obj_);
    return *this;
  }
  ~Dict() {
    if (obj_ && --obj_->refs == 0) delete obj_;
  }

  // _PyDict_NewPresized(n): what a display {k: v, ...} of n <= 16 pairs starts from.
  static Dict Presized(int64_t minused) {
    Dict d;
    if (minused <= UsableFraction(int64_t{1} << kLog2MinSize)) return d;
    int log2 = minused > UsableFraction(int64_t{1} << 17) ? 17 : EstimateLog2Keysize(minused);
    d.Resize(log2);
    return d;
  }

  int64_t size() const { return obj_->used; }
  bool same(const Dict& o) const { return obj_ == o.obj_; }

  V* Find(const K& key) const {
    int64_t ix = Lookup(key, PyHashOf(key));
    return ix < 0 ? nullptr : &obj_->entries[static_cast<size_t>(ix)].value;
  }
  bool Contains(const K& key) const { return Lookup(key, PyHashOf(key)) >= 0; }
  // d[key] = value: a new key goes to the end; an existing one keeps its place.
  void Set(const K& key, const V& value) const { Insert(key, PyHashOf(key), value); }
  // del d[key]; false when absent.
  bool Erase(const K& key) const {
    int64_t hash = PyHashOf(key);
    size_t slot = 0;
    int64_t ix = Lookup(key, hash, &slot);
    if (ix < 0) return false;
    obj_->indices[slot] = kIxDummy;
    Kill(static_cast<size_t>(ix));
    return true;
  }
  // dict.pop(key) when present: the value moves to out.
  bool Take(const K& key, V& out) const {
    int64_t hash = PyHashOf(key);
    size_t slot = 0;
    int64_t ix = Lookup(key, hash, &slot);
    if (ix < 0) return false;
    out = obj_->entries[static_cast<size_t>(ix)].value;
    obj_->indices[slot] = kIxDummy;
    Kill(static_cast<size_t>(ix));
    return true;
  }
  // dict.popitem(): the last entry; entries after it that were deleted are dropped too
  // (dk_nentries shrinks, dk_usable does not grow back). False when empty.
  bool PopLast(K& key, V& value) const {
    Object* d = obj_;
    if (d->used == 0) return false;
    size_t i = d->entries.size() - 1;
    while (!d->entries[i].live) --i;
    Entry& e = d->entries[i];
    size_t slot = SlotOf(static_cast<int64_t>(i), e.hash);
    d->indices[slot] = kIxDummy;
    key = e.key;
    value = e.value;
    d->entries.resize(i);
    --d->used;
    return true;
  }
  // dict.clear(): back to the shared empty keys.
  void Clear() const {
    Object* d = obj_;
    d->entries.clear();
    d->indices.assign(1, kIxEmpty);
    d->log2_size = 0;
    d->usable = 0;
    d->used = 0;
  }

  // Iteration in insertion order: entries 0 .. SlotCount()-1, skipping the ones not live. The
  // entry array may be reallocated or compacted by an insertion in the loop body: copy the key
  // out before running the body (DictIter does).
  size_t SlotCount() const { return obj_->entries.size(); }
  bool SlotLive(size_t i) const { return obj_->entries[i].live; }
  const K& KeyAt(size_t i) const { return obj_->entries[i].key; }
  V& ValueAt(size_t i) const { return obj_->entries[i].value; }
  int64_t HashAt(size_t i) const { return obj_->entries[i].hash; }

  // insertdict: replaces the value of an existing key; a new key is appended, after an
  // insertion_resize when the entry array is full.
  void Insert(const K& key, int64_t hash, const V& value) const {
    Object* d = obj_;
    int64_t ix = Lookup(key, hash);
    if (ix >= 0) {
      d->entries[static_cast<size_t>(ix)].value = value;
      return;
    }
    Entry entry{hash, key, value, true};  // copies first: key/value may live in this dict
    if (d->usable <= 0) Resize(CalculateLog2Keysize(d->used * 3));  // GROWTH_RATE
    d->indices[FindEmptySlot(hash)] = static_cast<int32_t>(d->entries.size());
    d->entries.push_back(std::move(entry));
    --d->usable;
    ++d->used;
  }

  // dict_merge(a, b, override=1): d.update(other), dict(other), and an empty dict's copy.
  void Merge(const Dict& other) const {
    Object* d = obj_;
    const Object* o = other.obj_;
    if (d == o || o->used == 0) return;
    if (d->used == 0 && o->used == static_cast<int64_t>(o->entries.size()) &&
        (o->log2_size == kLog2MinSize || UsableFraction((int64_t{1} << o->log2_size) / 2) < o->used)) {
      CloneFrom(other);  // clone_combined_dict_keys
      return;
    }
    if (UsableFraction(int64_t{1} << d->log2_size) < o->used)
      Resize(EstimateLog2Keysize(d->used + o->used));
    for (size_t i = 0; i < o->entries.size(); ++i) {
      const Entry& e = o->entries[i];
      if (e.live) Insert(e.key, e.hash, e.value);
    }
  }

  // PyDict_Copy: d.copy().
  Dict Copy() const {
    Dict result;
    const Object* d = obj_;
    if (d->used == 0) return result;
    if (d->used >= static_cast<int64_t>(d->entries.size()) * 2 / 3) {
      result.CloneFrom(*this);
      return result;
    }
    result.Merge(*this);
    return result;
  }

  // dictresize: a new index of 2**log2 slots; the live entries, compacted, in order.
  void Resize(int log2) const {
    Object* d = obj_;
    std::vector<Entry> live;
    live.reserve(static_cast<size_t>(d->used));
    for (Entry& e : d->entries)
      if (e.live) live.push_back(std::move(e));
    d->entries = std::move(live);
    d->log2_size = log2;
    d->indices.assign(size_t{1} << log2, kIxEmpty);
    for (size_t i = 0; i < d->entries.size(); ++i) d->indices[FindEmptySlot(d->entries[i].hash)] = static_cast<int32_t>(i);
    d->usable = UsableFraction(int64_t{1} << log2) - d->used;
  }

  static int64_t UsableFraction(int64_t n) { return (n << 1) / 3; }
  // calculate_log2_keysize, bit for bit (it is not always the smallest power of two >= minsize).
  static int CalculateLog2Keysize(int64_t minsize) {
    uint64_t m = (static_cast<uint64_t>(minsize) | 8u) - 1;
    m |= 7u;
    return 64 - __builtin_clzll(m);
  }
  static int EstimateLog2Keysize(int64_t n) { return CalculateLog2Keysize((n * 3 + 1) / 2); }

  int64_t usable() const { return obj_->usable; }
  int log2_size() const { return obj_->log2_size; }

 private:
  // The entry index of key, or -1; *slot_out gets its slot in the index.
  int64_t Lookup(const K& key, int64_t hash, size_t* slot_out = nullptr) const {
    const Object* d = obj_;
    const uint64_t mask = d->indices.size() - 1;
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    while (true) {
      int64_t ix = d->indices[static_cast<size_t>(i)];
      if (ix == kIxEmpty) return -1;
      if (ix >= 0) {
        const Entry& e = d->entries[static_cast<size_t>(ix)];
        if (e.hash == hash && PyEq(e.key, key)) {
          if (slot_out) *slot_out = static_cast<size_t>(i);
          return ix;
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  size_t SlotOf(int64_t ix, int64_t hash) const {
    const Object* d = obj_;
    const uint64_t mask = d->indices.size() - 1;
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    while (d->indices[static_cast<size_t>(i)] != ix) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    return static_cast<size_t>(i);
  }
  size_t FindEmptySlot(int64_t hash) const {
    const Object* d = obj_;
    const uint64_t mask = d->indices.size() - 1;
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    while (d->indices[static_cast<size_t>(i)] >= 0) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    return static_cast<size_t>(i);
  }
  void Kill(size_t ix) const {
    Entry& e = obj_->entries[ix];
    e.live = false;
    e.key = UnsetValue<K>::Get();
    e.value = UnsetValue<V>::Get();
    --obj_->used;
  }
  void CloneFrom(const Dict& other) const {
    Object* d = obj_;
    const Object* o = other.obj_;
    d->entries = o->entries;
    d->indices = o->indices;
    d->log2_size = o->log2_size;
    d->usable = o->usable;
    d->used = o->used;
  }

  Object* obj_;
};

template <class K, class V>
struct UnsetValue<Dict<K, V>> {
  static Dict<K, V> Get() { return Dict<K, V>(typename Dict<K, V>::UnsetTag{}); }
};

// dict_equal: same size, and every key of a is in b with an == value (order ignored).
template <class K, class V>
inline bool PyEq(const Dict<K, V>& a, const Dict<K, V>& b) {
  if (a.same(b)) return true;
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.SlotCount(); ++i) {
    if (!a.SlotLive(i)) continue;
    const V* other = b.Find(a.KeyAt(i));
    if (other == nullptr || !PyEq(a.ValueAt(i), *other)) return false;
  }
  return true;
}
template <class K, class V>
inline bool PyTruth(const Dict<K, V>& d) {
  return d.size() != 0;
}

// A `for k in d` loop (also over d.values() / d.items()), as CPython's dict iterator runs it:
// RuntimeError "dictionary changed size during iteration" when the size changed since the loop
// began; else the next live entry after the last one given, in the entry array as it is now;
// "dictionary keys changed during iteration" when an entry is found after as many as the dict
// held at the start have been given.
template <class K, class V>
struct DictIter {
  Dict<K, V> dict;
  int64_t expected_used;
  int64_t remaining;
  size_t pos = 0;
  explicit DictIter(const Dict<K, V>& d) : dict(d), expected_used(d.size()), remaining(d.size()) {}
  // 1: `index` is the entry to use (KeyAt/ValueAt, valid until the dict changes); 0: over;
  // -1: RuntimeError raised in cx.
  int Next(Ctx& cx, size_t& index) {
    if (dict.size() != expected_used) {
      expected_used = -1;  // sticky, as CPython's di_used = -1
      cx.Raise("RuntimeError", "dictionary changed size during iteration");
      return -1;
    }
    const size_t n = dict.SlotCount();
    while (pos < n && !dict.SlotLive(pos)) ++pos;
    if (pos >= n) return 0;
    if (remaining == 0) {
      cx.Raise("RuntimeError", "dictionary keys changed during iteration");
      return -1;
    }
    index = pos++;
    --remaining;
    return 1;
  }
};

// ---- repr: {1: 'a', 'b': [2]} / {} and {1, 2} / set(); str() is the same ----

template <class K, class V>
struct Format<Dict<K, V>> {
  static void Repr(std::string& out, const Dict<K, V>& d) {
    out += '{';
    bool first = true;
    for (size_t i = 0; i < d.SlotCount(); ++i) {
      if (!d.SlotLive(i)) continue;
      if (!first) out += ", ";
      first = false;
      Format<K>::Repr(out, d.KeyAt(i));
      out += ": ";
      Format<V>::Repr(out, d.ValueAt(i));
    }
    out += '}';
  }
  static void Str(std::string& out, const Dict<K, V>& d) { Repr(out, d); }
};

template <class T>
struct Format<Set<T>> {
  static void Repr(std::string& out, const Set<T>& s) {
    if (s.size() == 0) {
      out += "set()";
      return;
    }
    out += '{';
    bool first = true;
    for (size_t i = 0; i < s.SlotCount(); ++i) {
      if (!s.SlotLive(i)) continue;
      if (!first) out += ", ";
      first = false;
      Format<T>::Repr(out, s.KeyAt(i));
    }
    out += '}';
  }
  static void Str(std::string& out, const Set<T>& s) { Repr(out, s); }
};

// KeyError's message is repr(key) (str() of a KeyError with one argument).
template <class K>
inline bool RaiseKeyError(Ctx& cx, const K& key) {
  std::string message;
  Format<K>::Repr(message, key);
  return cx.Raise("KeyError", message.c_str());
}

}  // namespace fxn
