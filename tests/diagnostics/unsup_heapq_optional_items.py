"""Out of scope: a heap of items that may be None (heapq compares them with <, which None lacks)."""
import heapq


def pop_all(xs):
    h = []
    for x in xs:
        heapq.heappush(h, x if x > 0 else None)
    return [heapq.heappop(h) for _ in range(len(h))]


ENTRY = "pop_all"
SAMPLES = [([3, 1, 2],)]
EXPECT = "heapq.heappush"
EXPECT_LINE = 8
