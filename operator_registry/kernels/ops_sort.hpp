// ops_sort.hpp: CPython 3.11's list.sort (Objects/listobject.c, listsort), ported so that a
// compiled sort performs the very same comparisons in the very same order as CPython. That is
// what makes the result equal CPython's even when the order is not total (NaN floats, keys that
// compare inconsistently): any other stable sort agrees only on total orders.
//
// The algorithm, as in 3.11: natural runs (count_run: strictly descending runs are reversed),
// short runs extended to minrun by binary insertion, the powersort merge policy (found_new_run /
// powerloop), merge_force_collapse at the end, merges that gallop (gallop_left/right) with the
// adaptive min_gallop, merge_lo / merge_hi by the shorter run, and reverse=True done as
// reverse, sort, reverse. Only "<" is ever asked, through a functor `lt(a, b)` returning 1, 0,
// or -1 when it raised (then the sort stops with the items still a permutation, as CPython's
// error paths leave them).
#pragma once
#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

#include "fxn_runtime.hpp"

namespace fxn::ops {
namespace timsort {

struct NoValues {};

// Sorts keys[0..n) (and values[0..n) in step with them, when V is not NoValues).
template <class K, class V, class Lt>
class Sorter {
 public:
  static constexpr bool kHasValues = !std::is_same_v<V, NoValues>;
  static constexpr int64_t kMinGallop = 7;
  static constexpr int kMaxMergePending = 85;

  explicit Sorter(Lt& lt) : lt_(lt) {}

  // listsort() from `minrun = merge_compute_minrun(...)` on; n >= 2, reversal done by the caller.
  // Returns 0, or -1 when lt raised.
  int Sort(K* keys, V* values, int64_t n) {
    Slice lo{keys, values};
    listlen_ = n;
    basekeys_ = keys;
    min_gallop_ = kMinGallop;
    npending_ = 0;
    int64_t nremaining = n;
    const int64_t minrun = ComputeMinrun(n);
    do {
      bool descending = false;
      int64_t run = CountRun(lo.keys, lo.keys + nremaining, descending);
      if (run < 0) return -1;
      if (descending) Reverse(lo, run);
      if (run < minrun) {
        const int64_t force = nremaining <= minrun ? nremaining : minrun;
        if (BinarySort(lo, lo.keys + force, lo.keys + run) < 0) return -1;
        run = force;
      }
      if (FoundNewRun(run) < 0) return -1;
      pending_[npending_].base = lo;
      pending_[npending_].len = run;
      ++npending_;
      Advance(lo, run);
      nremaining -= run;
    } while (nremaining);
    return MergeForceCollapse();
  }

 private:
  struct Slice {
    K* keys;
    V* values;
  };
  struct Run {
    Slice base;
    int64_t len;
    int power;
  };

  // ---- sortslice helpers (pointer moves in CPython; element moves here) ----
  static void Advance(Slice& s, int64_t n) {
    s.keys += n;
    if constexpr (kHasValues) s.values += n;
  }
  static void CopyIncr(Slice& dst, Slice& src) {
    *dst.keys++ = std::move(*src.keys++);
    if constexpr (kHasValues) *dst.values++ = std::move(*src.values++);
  }
  static void CopyDecr(Slice& dst, Slice& src) {
    *dst.keys-- = std::move(*src.keys--);
    if constexpr (kHasValues) *dst.values-- = std::move(*src.values--);
  }
  static void Copy(Slice& dst, int64_t i, Slice& src, int64_t j) {
    dst.keys[i] = std::move(src.keys[j]);
    if constexpr (kHasValues) dst.values[i] = std::move(src.values[j]);
  }
  // Non-overlapping ranges.
  static void MemCpy(Slice& dst, int64_t i, Slice& src, int64_t j, int64_t n) {
    std::move(src.keys + j, src.keys + j + n, dst.keys + i);
    if constexpr (kHasValues) std::move(src.values + j, src.values + j + n, dst.values + i);
  }
  template <class P>
  static void MoveRange(P* dst, P* src, int64_t n) {
    if (dst < src) std::move(src, src + n, dst);
    else if (dst > src) std::move_backward(src, src + n, dst + n);
  }
  // Possibly overlapping ranges.
  static void MemMove(Slice& dst, int64_t i, Slice& src, int64_t j, int64_t n) {
    MoveRange(dst.keys + i, src.keys + j, n);
    if constexpr (kHasValues) MoveRange(dst.values + i, src.values + j, n);
  }
  static void Reverse(Slice& s, int64_t n) {
    std::reverse(s.keys, s.keys + n);
    if constexpr (kHasValues) std::reverse(s.values, s.values + n);
  }

  // The temporary array: grown (geometrically, never shrunk) to at least `need` items; filled
  // with unset values so that no list is allocated just to be overwritten. Its size has no
  // effect on the comparisons.
  void GetMem(int64_t need) {
    if (static_cast<int64_t>(tmp_keys_.size()) < need) {
      const size_t size = std::max(static_cast<size_t>(need), 2 * tmp_keys_.size());
      tmp_keys_.assign(size, Unset<K>());
      if constexpr (kHasValues) tmp_values_.assign(size, Unset<V>());
    }
    tmp_.keys = tmp_keys_.data();
    if constexpr (kHasValues) tmp_.values = tmp_values_.data();
  }

  static int64_t ComputeMinrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // binarysort(): [lo, start) is sorted; inserts [start, hi) one by one.
  int BinarySort(Slice lo, K* hi, K* start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
      K* l = lo.keys;
      K* r = start;
      do {
        K* p = l + ((r - l) >> 1);
        int k = lt_(*start, *p);
        if (k < 0) return -1;
        if (k) r = p;
        else l = p + 1;
      } while (l < r);
      // pivot belongs at l: slide [l, start) right by one.
      K pivot = std::move(*start);
      std::move_backward(l, start, start + 1);
      *l = std::move(pivot);
      if constexpr (kHasValues) {
        V* vs = lo.values + (start - lo.keys);
        V* vl = lo.values + (l - lo.keys);
        V vpivot = std::move(*vs);
        std::move_backward(vl, vs, vs + 1);
        *vl = std::move(vpivot);
      }
    }
    return 0;
  }

  // count_run() of 3.11: a non-descending run, or a strictly descending one (descending=true).
  int64_t CountRun(K* lo, K* hi, bool& descending) {
    descending = false;
    ++lo;
    if (lo == hi) return 1;
    int64_t n = 2;
    int k = lt_(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
      descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt_(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (!k) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt_(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (k) break;
      }
    }
    return n;
  }

  // k in 0..n with a[k-1] < key <= a[k]; -1 on error.
  int64_t GallopLeft(const K& key, K* a, int64_t n, int64_t hint) {
    int64_t ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    k = lt_(*a, key);
    if (k < 0) return -1;
    if (k) {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        k = lt_(a[ofs], key);
        if (k < 0) return -1;
        if (k) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        k = lt_(*(a - ofs), key);
        if (k < 0) return -1;
        if (k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      k = lt_(a[m], key);
      if (k < 0) return -1;
      if (k) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  // k in 0..n with a[k-1] <= key < a[k]; -1 on error.
  int64_t GallopRight(const K& key, K* a, int64_t n, int64_t hint) {
    int64_t ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    k = lt_(key, *a);
    if (k < 0) return -1;
    if (k) {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        k = lt_(key, *(a - ofs));
        if (k < 0) return -1;
        if (k) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        k = lt_(key, a[ofs]);
        if (k < 0) return -1;
        if (k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      k = lt_(key, a[m]);
      if (k < 0) return -1;
      if (k) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  // merge_lo(): na <= nb, ssa.keys[na-1] belongs at the end of the merge.
  int MergeLo(Slice ssa, int64_t na, Slice ssb, int64_t nb) {
    int64_t k, min_gallop, acount, bcount;
    Slice dest;
    int result = -1;
    GetMem(na);
    MemCpy(tmp_, 0, ssa, 0, na);
    dest = ssa;
    ssa = tmp_;
    CopyIncr(dest, ssb);
    --nb;
    if (nb == 0) goto Succeed;
    if (na == 1) goto CopyB;
    min_gallop = min_gallop_;
    for (;;) {
      acount = 0;
      bcount = 0;
      for (;;) {
        k = lt_(ssb.keys[0], ssa.keys[0]);
        if (k) {
          if (k < 0) goto Fail;
          CopyIncr(dest, ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 0) goto Succeed;
          if (bcount >= min_gallop) break;
        } else {
          CopyIncr(dest, ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 1) goto CopyB;
          if (acount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        k = GallopRight(ssb.keys[0], ssa.keys, na, 0);
        acount = k;
        if (k) {
          if (k < 0) goto Fail;
          MemCpy(dest, 0, ssa, 0, k);
          Advance(dest, k);
          Advance(ssa, k);
          na -= k;
          if (na == 1) goto CopyB;
          if (na == 0) goto Succeed;  // only with an inconsistent order
        }
        CopyIncr(dest, ssb);
        --nb;
        if (nb == 0) goto Succeed;
        k = GallopLeft(ssa.keys[0], ssb.keys, nb, 0);
        bcount = k;
        if (k) {
          if (k < 0) goto Fail;
          MemMove(dest, 0, ssb, 0, k);
          Advance(dest, k);
          Advance(ssb, k);
          nb -= k;
          if (nb == 0) goto Succeed;
        }
        CopyIncr(dest, ssa);
        --na;
        if (na == 1) goto CopyB;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  Succeed:
    result = 0;
  Fail:
    if (na) MemCpy(dest, 0, ssa, 0, na);
    return result;
  CopyB:
    MemMove(dest, 0, ssb, 0, nb);
    Copy(dest, nb, ssa, 0);
    return 0;
  }

  // merge_hi(): na >= nb, ssa.keys[na-1] belongs at the end of the merge.
  int MergeHi(Slice ssa, int64_t na, Slice ssb, int64_t nb) {
    int64_t k, min_gallop, acount, bcount;
    Slice dest, basea, baseb;
    int result = -1;
    GetMem(nb);
    dest = ssb;
    Advance(dest, nb - 1);
    MemCpy(tmp_, 0, ssb, 0, nb);
    basea = ssa;
    baseb = tmp_;
    ssb.keys = tmp_.keys + nb - 1;
    if constexpr (kHasValues) ssb.values = tmp_.values + nb - 1;
    Advance(ssa, na - 1);
    CopyDecr(dest, ssa);
    --na;
    if (na == 0) goto Succeed;
    if (nb == 1) goto CopyA;
    min_gallop = min_gallop_;
    for (;;) {
      acount = 0;
      bcount = 0;
      for (;;) {
        k = lt_(ssb.keys[0], ssa.keys[0]);
        if (k) {
          if (k < 0) goto Fail;
          CopyDecr(dest, ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 0) goto Succeed;
          if (acount >= min_gallop) break;
        } else {
          CopyDecr(dest, ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 1) goto CopyA;
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        k = GallopRight(ssb.keys[0], basea.keys, na, na - 1);
        if (k < 0) goto Fail;
        k = na - k;
        acount = k;
        if (k) {
          Advance(dest, -k);
          Advance(ssa, -k);
          MemMove(dest, 1, ssa, 1, k);
          na -= k;
          if (na == 0) goto Succeed;
        }
        CopyDecr(dest, ssb);
        --nb;
        if (nb == 1) goto CopyA;
        k = GallopLeft(ssa.keys[0], baseb.keys, nb, nb - 1);
        if (k < 0) goto Fail;
        k = nb - k;
        bcount = k;
        if (k) {
          Advance(dest, -k);
          Advance(ssb, -k);
          MemCpy(dest, 1, ssb, 1, k);
          nb -= k;
          if (nb == 1) goto CopyA;
          if (nb == 0) goto Succeed;  // only with an inconsistent order
        }
        CopyDecr(dest, ssa);
        --na;
        if (na == 0) goto Succeed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  Succeed:
    result = 0;
  Fail:
    if (nb) MemCpy(dest, -(nb - 1), baseb, 0, nb);
    return result;
  CopyA:
    MemMove(dest, 1 - na, ssa, 1 - na, na);
    Advance(dest, -na);
    Advance(ssa, -na);
    Copy(dest, 0, ssb, 0);
    return 0;
  }

  // merge_at(): merges the pending runs i and i+1.
  int MergeAt(int i) {
    Slice ssa = pending_[i].base;
    int64_t na = pending_[i].len;
    Slice ssb = pending_[i + 1].base;
    int64_t nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i == npending_ - 3) pending_[i + 1] = pending_[i + 2];
    --npending_;
    int64_t k = GallopRight(*ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    Advance(ssa, k);
    na -= k;
    if (na == 0) return 0;
    nb = GallopLeft(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return static_cast<int>(nb);
    if (na <= nb) return MergeLo(ssa, na, ssb, nb);
    return MergeHi(ssa, na, ssb, nb);
  }

  // powerloop(): the power of the run at s1 (length n1) followed by one of length n2.
  static int PowerLoop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1;
    int64_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  // found_new_run(): the powersort merge policy, before a run of length n2 is pushed.
  int FoundNewRun(int64_t n2) {
    if (npending_) {
      const int64_t s1 = pending_[npending_ - 1].base.keys - basekeys_;
      const int64_t n1 = pending_[npending_ - 1].len;
      const int power = PowerLoop(s1, n1, n2, listlen_);
      while (npending_ > 1 && pending_[npending_ - 2].power > power) {
        if (MergeAt(npending_ - 2) < 0) return -1;
      }
      pending_[npending_ - 1].power = power;
    }
    return 0;
  }

  int MergeForceCollapse() {
    while (npending_ > 1) {
      int n = npending_ - 2;
      if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
      if (MergeAt(n) < 0) return -1;
    }
    return 0;
  }

  Lt& lt_;
  int64_t listlen_ = 0;
  K* basekeys_ = nullptr;
  int64_t min_gallop_ = kMinGallop;
  int npending_ = 0;
  Run pending_[kMaxMergePending];
  Slice tmp_{nullptr, nullptr};
  std::vector<K> tmp_keys_;
  std::vector<V> tmp_values_;
};

// list.sort(): keys[0..n) sorted by lt, values[0..n) (the list's items when a key function gave
// the keys; nullptr when the items are the keys) permuted alike. reverse=True is CPython's:
// reverse both, sort stably, reverse the items back, so equal keys keep their order. Returns
// false when lt raised (the items are then a permutation of the original ones).
template <class K, class V, class Lt>
bool Sort(K* keys, V* values, int64_t n, bool reverse, Lt& lt) {
  if (n < 2) return true;
  constexpr bool kHasValues = !std::is_same_v<V, NoValues>;
  if (reverse) {
    std::reverse(keys, keys + n);
    if constexpr (kHasValues) std::reverse(values, values + n);
  }
  Sorter<K, V, Lt> sorter(lt);
  const bool ok = sorter.Sort(keys, values, n) == 0;
  if (reverse) {
    if constexpr (kHasValues) std::reverse(values, values + n);
    else std::reverse(keys, keys + n);
  }
  return ok;
}

}  // namespace timsort
}  // namespace fxn::ops
