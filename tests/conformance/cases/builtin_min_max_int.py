"""min() and max() of 2 and 3 int arguments."""


def mm(a, b, c):
    return min(a, b), max(a, b), min(a, b, c), max(c, b, a)


ENTRY = "mm"
SAMPLES = [(3, 1, 2), (-4, 9, 0)]
CHECKS = [(5, 5, 5), (-(2**63), 2**63 - 1, 0), (1, 2, 3), (3, 2, 1)]
