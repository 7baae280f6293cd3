"""Out of scope: combinations() with an r known only at run time (its tuples' length is static
in fxn)."""

import itertools


def groups(xs, r):
    return list(itertools.combinations(xs, r))


ENTRY = "groups"
SAMPLES = [([1, 2, 3, 4], 2)]
EXPECT = "combinations()'s r other than an int constant"
EXPECT_LINE = 8
