"""Dataclass == compares fields in order; objects with equal fields are equal, different types are not."""

from dataclasses import dataclass


@dataclass
class Pair:
    left: int
    right: int


def compare(a, b):
    p = Pair(a, b)
    q = Pair(a, b)
    r = Pair(b, a)
    pairs = [Pair(i, i * i) for i in range(3)]
    return [p == q, p == r, p != r, Pair(1, 1) in pairs, pairs.index(Pair(2, 4)), str(pairs[-1])]


ENTRY = "compare"
SAMPLES = [(1, 2), (3, 3)]
CHECKS = [(-1, 0)]
