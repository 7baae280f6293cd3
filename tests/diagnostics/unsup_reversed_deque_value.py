"""Out of scope: reversed(deque) kept as a value (CPython's iterator raises if the deque changes before it is read)."""
from collections import deque


def newest_first(xs):
    d = deque(xs)
    it = reversed(d)
    return list(it)


ENTRY = "newest_first"
SAMPLES = [([1, 2, 3],)]
EXPECT = "reversed() kept as a value"
EXPECT_LINE = 7
