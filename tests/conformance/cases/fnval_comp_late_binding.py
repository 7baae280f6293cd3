"""Lambdas made in a comprehension all see the comprehension variable's last value (late binding)."""


def late(n):
    adders = [lambda x: x + i for i in range(n)]
    fixed = [lambda x, i=i: x + i for i in range(n)]
    return [f(10) for f in adders], [f(10) for f in fixed]


ENTRY = "late"
SAMPLES = [(3,), (1,)]
CHECKS = [(0,), (6,)]
