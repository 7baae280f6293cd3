"""nan and inf flowing through arithmetic: inf - inf, inf * 0, nan != nan, overflow to inf."""


def specials(x):
    d = x - x
    return x * 2.0, d, d == d, d != d, x * 0.0, x * x * x, -x / 1e-300


ENTRY = "specials"
SAMPLES = [(1.5,), (-3.0,)]
CHECKS = [(1e308,), (-1e308,), (1e200,), (5e-324,), (0.0,), (-0.0,)]
