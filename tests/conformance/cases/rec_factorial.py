"""Recursive factorial: 20! fits in int64, 21! raises OverflowError."""


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


ENTRY = "fact"
SAMPLES = [(5,), (0,)]
CHECKS = [(1,), (-3,), (20,), (21,), (25,)]
