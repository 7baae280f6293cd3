"""next() on an exhausted generator raises StopIteration, uncaught, as CPython prints it."""


def one_two():
    yield 1
    yield 2


def nth(k):
    g = one_two()
    x = 0
    for _ in range(k):
        x = next(g)
    return x


ENTRY = "nth"
SAMPLES = [(2,), (1,)]
CHECKS = [(0,), (3,), (5,)]
