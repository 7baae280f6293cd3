"""A float sum() that may be the int 0 (an empty list), in one result with comprehensions: the
comprehensions' new lists become dynamic values beside it (they have no other name), so the
empty case gives CPython's 0 instead of fxn's TypeError."""


def summary(xs):
    return [sum(x / 10 for x in xs), [str(x) for x in xs], {str(x): x for x in xs}, [[x] for x in xs],
            max(xs, default=None)]


ENTRY = "summary"
SAMPLES = [([1.5, 2.0],)]
CHECKS = [([],), ([0.1, 0.2, 0.3],), ([-1.0],)]
