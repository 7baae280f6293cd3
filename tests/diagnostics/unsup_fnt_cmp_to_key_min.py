"""Out of scope: functools.cmp_to_key other than as the key of list.sort()/sorted()."""
from functools import cmp_to_key


def closest(xs, target):
    return min(xs, key=cmp_to_key(lambda a, b: abs(a - target) - abs(b - target)))


ENTRY = "closest"
SAMPLES = [([1, 5, 9], 6)]
EXPECT = "cmp_to_key"
EXPECT_LINE = 6
