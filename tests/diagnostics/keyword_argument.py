"""Out of scope: a keyword argument in a call."""


def scale(x, k):
    return x * k


def triple(x):
    return scale(x, k=3)


ENTRY = "triple"
SAMPLES = [(5,)]
EXPECT = "keyword argument"
EXPECT_LINE = 9
