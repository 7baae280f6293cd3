"""A slice of a deque: CPython raises TypeError (deques take only int indices); fxn rejects it."""
from collections import deque


def head(xs):
    d = deque(xs)
    try:
        return list(d[0:2])
    except TypeError:
        return []


ENTRY = "head"
SAMPLES = [([1, 2, 3],)]
EXPECT = "deque"
EXPECT_LINE = 8
