"""Out of scope: `yield from` delegating to another iterable inside a generator."""


def chained(n):
    yield from range(n)
    yield from range(n, 0, -1)


def total(n):
    return sum(chained(n))


ENTRY = "total"
SAMPLES = [(3,)]
EXPECT = "yield from"
EXPECT_LINE = 5
