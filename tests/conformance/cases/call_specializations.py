"""One helper called with int and with float arguments compiles twice, each exact."""


def half(x):
    return x / 2


def twice(x):
    return x + x


def both(n, f):
    return twice(n), twice(f), half(n), half(f)


ENTRY = "both"
SAMPLES = [(3, 1.5)]
CHECKS = [(-7, -0.1), (2**62, 1e308)]
