"""Out of scope: the entry function returning a function (the value model has no functions)."""


def make_adder(n):
    return lambda x: x + n


ENTRY = "make_adder"
SAMPLES = [(1,)]
EXPECT = "returning function from the entry"
EXPECT_LINE = 4
