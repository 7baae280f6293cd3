"""A tuple slice with computed bounds: its length (part of a tuple's type) is not static."""


def window(a, i):
    t = (a, a + 1, a + 2)
    return t[i:i + 2]


ENTRY = "window"
SAMPLES = [(1, 1)]
EXPECT = "tuple slice with bounds that are not int literals"
EXPECT_LINE = 6
