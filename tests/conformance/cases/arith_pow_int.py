"""Int ** non-negative int: exact results up to int64, OverflowError past it."""


def ipow(a, b):
    return a ** b


ENTRY = "ipow"
SAMPLES = [(2, 10), (-3, 3)]
CHECKS = [(0, 0), (7, 0), (0, 5), (1, 10**18), (-1, 10**18 + 1), (2, 62), (-2, 63), (-3, 39),
          (10, 18), (2, 63), (10, 19), (3, 40), (-2, 64), (2**32, 2)]
