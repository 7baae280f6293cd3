"""Out of scope: comparing function values (CPython compares functions by identity)."""


def inc(x):
    return x + 1


def run(n):
    handlers = [inc, lambda x: x * 2]
    return [h == inc for h in handlers]


ENTRY = "run"
SAMPLES = [(1,)]
EXPECT = "of a function value"
EXPECT_LINE = 10
