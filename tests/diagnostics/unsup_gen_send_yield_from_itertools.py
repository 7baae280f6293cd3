"""Refused: `yield from` an itertools object in a generator that is sent values (CPython passes a
non-None sent value on to the object's send(), which it lacks: AttributeError)."""

import itertools


def relay(n):
    got = yield 0
    yield from itertools.repeat(got, n)


def run(n):
    g = relay(n)
    next(g)
    return g.send(5)


ENTRY = "run"
SAMPLES = [(2,)]
EXPECT = "yield from an itertools.repeat object in a generator that is sent values"
EXPECT_LINE = 9
