"""Refused: send() to an itertools object (fxn compiles itertools.count as a generator, but
CPython's count object has no send(): AttributeError)."""

import itertools


def run(n):
    c = itertools.count(n)
    next(c)
    try:
        return c.send(1)
    except AttributeError:
        return -1


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "send() to what may be an itertools.count object"
EXPECT_LINE = 11
