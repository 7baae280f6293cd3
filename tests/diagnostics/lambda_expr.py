"""Out of scope: a lambda expression."""


def twice(n):
    double = lambda v: v * 2
    return double(n)


ENTRY = "twice"
SAMPLES = [(4,)]
EXPECT = "lambda"
EXPECT_LINE = 5
