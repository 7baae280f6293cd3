"""Linear recursion: depth 500 must work, depth 100000 raises RecursionError like CPython."""


def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


ENTRY = "sum_to"
SAMPLES = [(10,), (0,)]
CHECKS = [(1,), (500,), (100000,)]
