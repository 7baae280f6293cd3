"""A zip() passed to a function of the module that reads it twice: CPython's iterator is empty
on the second pass, the list fxn would pass is not; fxn rejects the call's argument."""


def pairs_twice(it):
    first = list(it)
    second = list(it)
    return first, second


def both(xs, ys):
    return pairs_twice(zip(xs, ys))


ENTRY = "both"
SAMPLES = [([1, 2], [3, 4])]
EXPECT = "zip() passed to pairs_twice()"
EXPECT_LINE = 12
