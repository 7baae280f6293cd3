"""A StopIteration escaping a generator body becomes RuntimeError (PEP 479), as in CPython."""


def source(n):
    for i in range(n):
        yield i


def pairs(n):
    g = source(n)
    while True:
        a = next(g)
        b = next(g)
        yield a + b


def sums(n, catch):
    if catch:
        try:
            return str(list(pairs(n)))
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    return str(list(pairs(n)))


ENTRY = "sums"
SAMPLES = [(4, True), (3, True)]
CHECKS = [(0, True), (4, False), (1, False)]
