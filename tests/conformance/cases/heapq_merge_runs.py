"""K-way merge of sorted runs and a running median with two heaps (a max-heap of negatives),
on floats and str; heapify of an already sorted list and of one item."""
import heapq


def running_median(xs):
    low, high = [], []
    out = []
    for x in xs:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out


def merge_runs(runs):
    heap = []
    for i, run in enumerate(runs):
        if run:
            heap.append((run[0], i, 0))
    heapq.heapify(heap)
    out = []
    while heap:
        v, i, j = heap[0]
        out.append(v)
        if j + 1 < len(runs[i]):
            heapq.heapreplace(heap, (runs[i][j + 1], i, j + 1))
        else:
            heapq.heappop(heap)
    return out


def stats(xs, words):
    w = list(words)
    heapq.heapify(w)
    return running_median(xs), merge_runs([sorted(xs[:3]), sorted(xs[3:]), []]), w


ENTRY = "stats"
SAMPLES = [([5.0, 1.5, 3.0, 8.0, 2.0, 2.0], ["pear", "apple", "fig", "kiwi"])]
CHECKS = [([], []), ([1.0], ["z"]), ([3.0, 2.0, 1.0, 0.5, -1.0, -0.0, 0.0], ["b", "a", "c", "a"])]
