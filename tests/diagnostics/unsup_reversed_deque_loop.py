"""Out of scope: for x in reversed(deque) (CPython's iterator raises when the deque changes during the loop)."""
from collections import deque


def newest_first(xs):
    d = deque(xs, maxlen=3)
    out = []
    for x in reversed(d):
        out.append(x)
    return out


ENTRY = "newest_first"
SAMPLES = [([1, 2, 3, 4],)]
EXPECT = "reversed() applied to deque"
EXPECT_LINE = 8
