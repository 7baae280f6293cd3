"""Out of scope: heapq.nlargest over an iterable other than a list (here a generator)."""
import heapq


def top(xs):
    return heapq.nlargest(2, (x * x for x in xs))


ENTRY = "top"
SAMPLES = [([3, -5, 1],)]
EXPECT = "heapq.nlargest"
EXPECT_LINE = 6
