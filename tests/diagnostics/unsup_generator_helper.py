"""Out of scope: a generator function (yield) used by the entry function."""


def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2


def count_evens(limit):
    total = 0
    for v in evens(limit):
        total += v
    return total


ENTRY = "count_evens"
SAMPLES = [(10,)]
EXPECT = "generator"
EXPECT_LINE = 7
