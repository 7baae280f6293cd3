// ops_heapq.hpp: heapq's heap operations and bisect's searches over fxn::List<T>, ported from
// CPython 3.11's Modules/_heapqmodule.c and Modules/_bisectmodule.c so that a compiled heap makes
// the very same `<` comparisons, in the same order and with the same operands, as CPython's C
// code: the resulting list (and which of equal items comes out first) is CPython's even for
// orders that are not total, and a class defining only __lt__ works. Comparisons go through
// SortLess (ops_list.hpp: PyCmp(<), so user classes reach their __lt__ through the class
// hooks; a hook's exception is parked and the kernel stops at once, as CPython would).
// nlargest/nsmallest/merge and the key= forms are Lib/heapq.py's and Lib/bisect.py's Python,
// compiled by the front end (fxn_stdlib_heapq.py) on top of these kernels.
#pragma once
#include <cstdint>
#include <utility>

#include "fxn_op_annotate.hpp"
#include "fxn_runtime.hpp"
#include "ops_list.hpp"

namespace fxn::ops {
namespace heap {

// One `a < b` as PyObject_RichCompareBool(a, b, Py_LT): 1, 0, or -1 when it raised (in cx, or a
// user method's exception parked by its hook).
template <class T>
inline int Less(Ctx& cx, const typename List<T>::Stored& a, const typename List<T>::Stored& b) {
  SortLess<T> lt{&cx};
  const int r = lt(a, b);
  if (r < 0 || Hooks().failed) return -1;
  return r;
}

inline bool ChangedSize(Ctx& cx) { return cx.Raise("RuntimeError", "list changed size during iteration"); }

// siftdown(heap, startpos, pos); kMax: siftdown_max (parent < newitem).
template <class T, bool kMax>
bool SiftDown(Ctx& cx, const List<T>& heap, int64_t startpos, int64_t pos) {
  auto& arr = heap.items();
  const int64_t size = heap.size();
  if (pos >= size) return cx.Raise("IndexError", "index out of range");
  while (pos > startpos) {
    const int64_t parentpos = (pos - 1) >> 1;
    // Copies: a user's __lt__ may change the list under the comparison.
    const typename List<T>::Stored newitem = arr[static_cast<size_t>(pos)];
    const typename List<T>::Stored parent = arr[static_cast<size_t>(parentpos)];
    const int cmp = kMax ? Less<T>(cx, parent, newitem) : Less<T>(cx, newitem, parent);
    if (cmp < 0) return false;
    if (size != heap.size()) return ChangedSize(cx);
    if (cmp == 0) break;
    std::swap(arr[static_cast<size_t>(parentpos)], arr[static_cast<size_t>(pos)]);
    pos = parentpos;
  }
  return true;
}

// siftup(heap, pos): the smaller child moves up until a leaf, then siftdown; kMax: siftup_max.
template <class T, bool kMax>
bool SiftUp(Ctx& cx, const List<T>& heap, int64_t pos) {
  auto& arr = heap.items();
  const int64_t endpos = heap.size();
  const int64_t startpos = pos;
  if (pos >= endpos) return cx.Raise("IndexError", "index out of range");
  const int64_t limit = endpos >> 1;  // smallest pos that has no child
  while (pos < limit) {
    int64_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const typename List<T>::Stored a = arr[static_cast<size_t>(childpos)];
      const typename List<T>::Stored b = arr[static_cast<size_t>(childpos + 1)];
      const int cmp = kMax ? Less<T>(cx, b, a) : Less<T>(cx, a, b);
      if (cmp < 0) return false;
      childpos += cmp ^ 1;  // the right child when the left is not smaller
      if (endpos != heap.size()) return ChangedSize(cx);
    }
    std::swap(arr[static_cast<size_t>(childpos)], arr[static_cast<size_t>(pos)]);
    pos = childpos;
  }
  return SiftDown<T, kMax>(cx, heap, startpos, pos);
}

inline int64_t KeepTopBit(int64_t n) {
  int i = 0;
  while (n > 1) {
    n >>= 1;
    ++i;
  }
  return n << i;
}

// heapify_internal: bottom-up; past 2500 items CPython's cache-friendly order (same heap, same
// comparisons, another order of them).
template <class T, bool kMax>
bool Heapify(Ctx& cx, const List<T>& heap) {
  const int64_t n = heap.size();
  if (n > 2500) {
    const int64_t m = n >> 1;                       // first childless node
    const int64_t leftmost = KeepTopBit(m + 1) - 1;  // leftmost node in the row of m
    const int64_t mhalf = m >> 1;                    // parent of the first childless node
    auto sift_run = [&](int64_t i) {
      for (int64_t j = i;; j >>= 1) {
        if (!SiftUp<T, kMax>(cx, heap, j)) return false;
        if (!(j & 1)) break;
      }
      return true;
    };
    for (int64_t i = leftmost - 1; i >= mhalf; --i)
      if (!sift_run(i)) return false;
    for (int64_t i = m - 1; i >= leftmost; --i)
      if (!sift_run(i)) return false;
    for (int64_t i = mhalf - 1; i >= 0; --i)
      if (!SiftUp<T, kMax>(cx, heap, i)) return false;
    return true;
  }
  for (int64_t i = (n >> 1) - 1; i >= 0; --i)
    if (!SiftUp<T, kMax>(cx, heap, i)) return false;
  return true;
}

template <class T, bool kMax>
bool Pop(Ctx& cx, const List<T>& heap, T& out) {
  auto& arr = heap.items();
  if (arr.empty()) return cx.Raise("IndexError", "index out of range");
  typename List<T>::Stored last = std::move(arr.back());
  arr.pop_back();
  if (arr.empty()) {
    out = static_cast<T>(std::move(last));
    return true;
  }
  typename List<T>::Stored top = std::move(arr[0]);
  arr[0] = std::move(last);
  if (!SiftUp<T, kMax>(cx, heap, 0)) return false;
  out = static_cast<T>(std::move(top));
  return true;
}

template <class T, bool kMax>
bool Replace(Ctx& cx, const List<T>& heap, const T& item, T& out) {
  auto& arr = heap.items();
  if (arr.empty()) return cx.Raise("IndexError", "index out of range");
  typename List<T>::Stored top = std::move(arr[0]);
  arr[0] = List<T>::Store(item);
  if (!SiftUp<T, kMax>(cx, heap, 0)) return false;
  out = static_cast<T>(std::move(top));
  return true;
}

}  // namespace heap

template <class T>
FXN_OP("heapq.heappush", "(list[T], T) -> None", "*")
inline bool heapq_heappush(Ctx& cx, const List<T>& heap, const T& item) {
  heap.items().push_back(List<T>::Store(item));
  return heap::SiftDown<T, false>(cx, heap, 0, heap.size() - 1);
}

template <class T>
FXN_OP("heapq.heappop", "(list[T]) -> T", "*")
inline bool heapq_heappop(Ctx& cx, const List<T>& heap, T& out) {
  return heap::Pop<T, false>(cx, heap, out);
}

template <class T>
FXN_OP("heapq.heapify", "(list[T]) -> None", "*")
inline bool heapq_heapify(Ctx& cx, const List<T>& heap) {
  return heap::Heapify<T, false>(cx, heap);
}

template <class T>
FXN_OP("heapq.heapreplace", "(list[T], T) -> T", "*")
inline bool heapq_heapreplace(Ctx& cx, const List<T>& heap, const T& item, T& out) {
  return heap::Replace<T, false>(cx, heap, item, out);
}

template <class T>
FXN_OP("heapq.heappushpop", "(list[T], T) -> T", "*")
inline bool heapq_heappushpop(Ctx& cx, const List<T>& heap, const T& item, T& out) {
  auto& arr = heap.items();
  if (arr.empty()) {
    out = item;
    return true;
  }
  const typename List<T>::Stored top = arr[0];
  const typename List<T>::Stored stored = List<T>::Store(item);
  const int cmp = heap::Less<T>(cx, top, stored);
  if (cmp < 0) return false;
  if (cmp == 0) {
    out = item;
    return true;
  }
  return heap::Replace<T, false>(cx, heap, item, out);
}

// The max-heap variants nsmallest() uses (heapq._heapify_max, heapq._heapreplace_max).
template <class T>
FXN_OP("heapq._heapify_max", "(list[T]) -> None", "*")
inline bool heapq_heapify_max(Ctx& cx, const List<T>& heap) {
  return heap::Heapify<T, true>(cx, heap);
}
template <class T>
FXN_OP("heapq._heapreplace_max", "(list[T], T) -> T", "*")
inline bool heapq_heapreplace_max(Ctx& cx, const List<T>& heap, const T& item, T& out) {
  return heap::Replace<T, true>(cx, heap, item, out);
}
template <class T>
FXN_OP("heapq._heappop_max", "(list[T]) -> T", "*")
inline bool heapq_heappop_max(Ctx& cx, const List<T>& heap, T& out) {
  return heap::Pop<T, true>(cx, heap, out);
}

// ---- bisect (Modules/_bisectmodule.c, without key=: the key forms are compiled Python) ----
namespace heap {
// internal_bisect_right / internal_bisect_left. hi == -1 is hi=None (CPython's clinic maps None
// to -1, so an explicit -1 also means len(a)).
template <class T, bool kRight>
bool Bisect(Ctx& cx, const List<T>& list, const T& x, int64_t lo, int64_t hi, int64_t& out) {
  if (lo < 0) return cx.Raise("ValueError", "lo must be non-negative");
  if (hi == -1) hi = list.size();
  const typename List<T>::Stored stored = List<T>::Store(x);
  while (lo < hi) {
    const int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    if (mid >= list.size()) return cx.Raise("IndexError", "list index out of range");
    const typename List<T>::Stored item = list.items()[static_cast<size_t>(mid)];
    const int res = kRight ? Less<T>(cx, stored, item) : Less<T>(cx, item, stored);
    if (res < 0) return false;
    if (kRight ? res : !res) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  out = lo;
  return true;
}
template <class T>
void Insert(const List<T>& list, int64_t index, const T& x) {
  auto& items = list.items();
  const int64_t n = list.size();
  if (index < 0) index = 0;  // bisect never answers < 0; list.insert's clamping otherwise
  if (index > n) index = n;
  items.insert(items.begin() + static_cast<std::ptrdiff_t>(index), List<T>::Store(x));
}
}  // namespace heap

template <class T>
FXN_OP("bisect.bisect_right", "(list[T], T, int, int) -> int", "*")
inline bool bisect_right_lo_hi(Ctx& cx, const List<T>& list, const T& x, int64_t lo, int64_t hi, int64_t& out) {
  return heap::Bisect<T, true>(cx, list, x, lo, hi, out);
}
template <class T>
FXN_OP("bisect.bisect_left", "(list[T], T, int, int) -> int", "*")
inline bool bisect_left_lo_hi(Ctx& cx, const List<T>& list, const T& x, int64_t lo, int64_t hi, int64_t& out) {
  return heap::Bisect<T, false>(cx, list, x, lo, hi, out);
}
template <class T>
FXN_OP("bisect.insort_right", "(list[T], T, int, int) -> None", "*")
inline bool bisect_insort_right_lo_hi(Ctx& cx, const List<T>& list, const T& x, int64_t lo, int64_t hi) {
  int64_t index = 0;
  if (!heap::Bisect<T, true>(cx, list, x, lo, hi, index)) return false;
  heap::Insert(list, index, x);
  return true;
}
template <class T>
FXN_OP("bisect.insort_left", "(list[T], T, int, int) -> None", "*")
inline bool bisect_insort_left_lo_hi(Ctx& cx, const List<T>& list, const T& x, int64_t lo, int64_t hi) {
  int64_t index = 0;
  if (!heap::Bisect<T, false>(cx, list, x, lo, hi, index)) return false;
  heap::Insert(list, index, x);
  return true;
}

}  // namespace fxn::ops
