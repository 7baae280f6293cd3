"""Iterative factorial: 20! fits in int64, 21! and beyond are exact big ints (100! has 158 digits)."""


def fact(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i += 1
    return r


ENTRY = "fact"
SAMPLES = [(25,), (5,)]
CHECKS = [(100,), (0,), (1,), (20,), (21,), (-4,), (170,), (300,)]
