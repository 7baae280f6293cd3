"""Out of scope: itertools.tee (iterators sharing one buffer)."""

from itertools import tee


def ahead(xs):
    a, b = tee(xs)
    next(b, None)
    return list(zip(a, b))


ENTRY = "ahead"
SAMPLES = [([1, 2, 3],)]
EXPECT = "itertools.tee()"
EXPECT_LINE = 7
