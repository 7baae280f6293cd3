"""repr() of a defaultdict whose factory is a lambda: CPython prints the function's address."""
from collections import defaultdict


def show(words):
    d = defaultdict(lambda: 0)
    for w in words:
        d[w] += 1
    return repr(d)


ENTRY = "show"
SAMPLES = [(["a", "b", "a"],)]
EXPECT = "factory is not a builtin type"
EXPECT_LINE = 9
