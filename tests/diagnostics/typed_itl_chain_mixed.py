"""Outside fxn's static types: chain() of a list of int and a list of str yields items of two
types; the diagnostic points at the call, not into the itertools prelude."""

from itertools import chain


def mixed(xs, words):
    return [str(x) for x in chain(xs, words)]


ENTRY = "mixed"
SAMPLES = [([1, 2], ["a"])]
EXPECT = "generator yields str here but int elsewhere"
EXPECT_LINE = 8
