"""Mutual recursion (is_even / is_odd): depth 500 works, depth 100000 is RecursionError."""


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


ENTRY = "is_even"
SAMPLES = [(10,), (7,)]
CHECKS = [(0,), (1,), (499,), (500,), (100000,)]
