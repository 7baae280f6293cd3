"""repr() of a list of Counters: fxn prints collections types only at the top of a repr."""
from collections import Counter


def show(words):
    return repr([Counter(words)])


ENTRY = "show"
SAMPLES = [(["a", "b", "a"],)]
EXPECT = "container holding a collections type"
EXPECT_LINE = 6
