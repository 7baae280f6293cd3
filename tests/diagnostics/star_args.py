"""Out of scope: a *args parameter."""


def total(*args):
    s = 0
    for v in args:
        s += v
    return s


ENTRY = "total"
SAMPLES = [(1, 2, 3)]
EXPECT = "*args"
EXPECT_LINE = 4
