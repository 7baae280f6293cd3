"""Out of scope: a generator expression reading a variable reassigned after it is created
(CPython reads the variable when the generator runs, fxn takes its value at creation)."""


def scaled(xs):
    k = 1
    g = (x * k for x in xs)
    k = 10
    return list(g)


ENTRY = "scaled"
SAMPLES = [([1, 2],)]
EXPECT = "assigned again after"
EXPECT_LINE = 7
