"""Out of scope: a generator function (yield)."""


def countdown(n):
    while n > 0:
        yield n
        n -= 1


ENTRY = "countdown"
SAMPLES = [(3,)]
EXPECT = "generator"
EXPECT_LINE = 6
