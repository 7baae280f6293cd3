"""Out of scope: deque.index(x, start, stop). CPython searches from start; fxn's kernel takes the
item alone (it used to raise a TypeError CPython does not)."""
from collections import deque


def find(xs, x, lo):
    d = deque(xs)
    return d.index(x, lo)


ENTRY = "find"
SAMPLES = [([1, 2, 3, 2], 2, 2)]
EXPECT = "deque.index() with start or stop"
EXPECT_LINE = 8
