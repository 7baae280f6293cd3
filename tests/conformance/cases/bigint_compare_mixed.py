"""Comparisons and floor ops with a big product a*b: >, ==, % 1000 and // against int64 values."""


def compare(a, b, c):
    p = a * b
    return (p > c, p == c * 1, p % 1000, p // c, p < -c, p - c * c)


ENTRY = "compare"
SAMPLES = [(2**40, 2**40, 2**63 - 1), (6, 7, 42)]
CHECKS = [(-(2**63), -(2**63), 2**62), (-(2**63), 2**63 - 1, -3), (2**62, 2, 2**63 - 1),
          (3037000500, 3037000500, -(2**63)), (2**62, 4, 7), (-(2**62), 4, -7),
          (2**63 - 1, 2**63 - 1, 1), (5, 5, 0), (1, -(2**63), -(2**63))]
