"""bool takes part in arithmetic and comparisons as the ints 0 and 1."""


def mix(a, b):
    return a + b, a * 3, -a, b - True, a == 1, a < 2, ~a, a & b


ENTRY = "mix"
SAMPLES = [(True, 5)]
CHECKS = [(False, -2), (True, 2**62)]
