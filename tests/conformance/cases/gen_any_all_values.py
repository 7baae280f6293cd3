"""any(g) and all(g) where g is a generator object, not a generator expression."""


def positive(xs):
    for x in xs:
        yield x > 0


def flags(xs):
    return any(positive(xs)), all(positive(xs)), any(positive([])), all(positive([]))


ENTRY = "flags"
SAMPLES = [([1, -2, 3],), ([],)]
CHECKS = [([1, 2],), ([-1, -2],)]
