"""Keeping sorted lists with insort: an interval list insert with merging, a sorted window of
recent values (insort + bisect to remove), insort_left vs insort_right on equal tuples."""
import bisect


def insert_interval(intervals, start, end):
    bisect.insort(intervals, (start, end))
    merged = []
    for s, e in intervals:
        if merged and s <= merged[-1][1]:
            last = merged.pop()
            merged.append((last[0], max(last[1], e)))
        else:
            merged.append((s, e))
    return merged


def sliding_medians(xs, k):
    window = []
    out = []
    for i, x in enumerate(xs):
        bisect.insort_right(window, x)
        if len(window) > k:
            old = xs[i - k]
            del window[bisect.bisect_left(window, old)]
        if len(window) == k:
            out.append(window[k // 2])
    return out


def plan(starts, ends, xs, k):
    intervals = []
    for s, e in zip(starts, ends):
        intervals = insert_interval(intervals, s, e)
    pairs = [(1, "b"), (2, "a")]
    bisect.insort_left(pairs, (1, "b"))
    bisect.insort_right(pairs, (1, "a"), 0, 1)
    bisect.insort(pairs, (9, "z"), lo=1)
    return intervals, sliding_medians(xs, k), pairs


ENTRY = "plan"
SAMPLES = [([1, 8, 3, 15, 2], [3, 10, 5, 18, 4], [5, 2, 8, 1, 9, 3, 3, 7], 3)]
CHECKS = [([], [], [], 1), ([5, 1], [6, 2], [4], 1), ([1, 1, 1], [2, 2, 2], [1, 1, 2, 2, 3, 3], 2)]
