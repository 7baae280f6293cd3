"""Out of scope: functools.partial with an argument that is not a constant (CPython evaluates it
once, at creation; fxn would read the variable at each call)."""
from functools import partial


def scale(x, factor):
    return x * factor


def scaled(xs, k):
    by_k = partial(scale, factor=k)
    return [by_k(x) for x in xs]


ENTRY = "scaled"
SAMPLES = [([1, 2], 3)]
EXPECT = "not a constant"
EXPECT_LINE = 11
