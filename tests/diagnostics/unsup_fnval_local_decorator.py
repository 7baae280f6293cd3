"""Out of scope: a decorator (other than functools.wraps) on a function defined inside a function."""


def twice(f):
    return lambda x: f(f(x))


def run(n):
    @twice
    def inc(x):
        return x + 1

    return inc(n)


ENTRY = "run"
SAMPLES = [(1,)]
EXPECT = "decorator on local function"
EXPECT_LINE = 9
