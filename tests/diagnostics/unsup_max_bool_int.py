"""Out of scope: min()/max() of bool and int arguments. CPython returns the winning object
itself, so max(True, 0) is True and max(True, 2) is 2; fxn's result has one static type."""


def top(n):
    return repr(max(True, n))


ENTRY = "top"
SAMPLES = [(2,)]
EXPECT = "max() of bool and int arguments"
EXPECT_LINE = 6
