"""Rebinding the loop variable in the body doesn't alter the iteration; it keeps its last value."""


def rebind(n):
    total = 0
    i = -1
    for i in range(n):
        total += i
        i = i * 100
    return total, i


ENTRY = "rebind"
SAMPLES = [(5,), (1,)]
CHECKS = [(0,), (-3,), (1000,)]
