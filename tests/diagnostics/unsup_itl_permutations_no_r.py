"""Out of scope: permutations() without r yields tuples as long as the input, a length fxn's
static tuple types cannot follow."""

from itertools import permutations


def orderings(xs):
    return ["".join(p) for p in permutations(xs)]


ENTRY = "orderings"
SAMPLES = [(["a", "b", "c"],)]
EXPECT = "permutations() without r"
EXPECT_LINE = 8
