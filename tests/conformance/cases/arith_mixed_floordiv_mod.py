"""Int // float and int % float floor like Python, with -0.0 and zero divisors."""


def mixed_fm(n, x):
    return n // x, n % x


ENTRY = "mixed_fm"
SAMPLES = [(7, 2.0), (-7, 2.0)]
CHECKS = [(7, -0.5), (0, -1.5), (-1, 0.3), (2**63 - 1, 3.0), (7, 0.0)]
