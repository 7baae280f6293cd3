"""Closures see the enclosing variable's current value at call time, not at definition time."""


def late(n):
    base = n

    def add(x):
        return x + base

    first = add(1)
    base = n * 100
    second = add(1)
    return first, second


ENTRY = "late"
SAMPLES = [(2,), (-1,)]
CHECKS = [(0,)]
