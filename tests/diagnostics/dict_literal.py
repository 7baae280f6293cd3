"""Out of scope: a dict literal."""


def lookup(a, b):
    d = {0: a, 1: b}
    return d[0] + d[1]


ENTRY = "lookup"
SAMPLES = [(1, 2)]
EXPECT = "dict"
EXPECT_LINE = 5
