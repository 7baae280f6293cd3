"""Out of scope: eval() of a string expression."""


def compute(n):
    base = eval("1+2")
    return base * n


ENTRY = "compute"
SAMPLES = [(4,)]
EXPECT = "eval()"
EXPECT_LINE = 5
