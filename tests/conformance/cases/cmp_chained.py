"""Chained comparisons: a < b < c, a != b != c (a and c never compared), 0 <= a < b <= c < 100."""


def chained(a, b, c):
    return a < b < c, a <= b == c, a < b > c, a != b != c, 0 <= a < b <= c < 100


ENTRY = "chained"
SAMPLES = [(1, 2, 3), (3, 2, 1)]
CHECKS = [(1, 1, 1), (1, 2, 1), (2, 5, 5), (-1, 0, 1), (0, 99, 99), (0, 99, 100), (5, 5, 6)]
