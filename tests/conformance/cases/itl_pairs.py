"""pairwise: differences of neighbours, the largest step, and whether readings only rise."""

from itertools import pairwise


def steps(readings):
    diffs = [b - a for a, b in pairwise(readings)]
    rising = all(a < b for a, b in pairwise(readings))
    biggest = max((abs(b - a), i) for i, (a, b) in enumerate(pairwise(readings))) if len(readings) > 1 else None
    return diffs, rising, biggest


def hops(route):
    return [a + "->" + b for a, b in pairwise(route.split())]


def main(readings, route):
    return steps(readings), hops(route), list(pairwise("abc"))


ENTRY = "main"
SAMPLES = [([1.5, 2.0, 4.25, 4.0], "home work gym home"), ([], "")]
CHECKS = [([3.0], "a"), ([1.0, 2.0, 3.0], "x y"), ([0.5, -0.5, 2.5, 1.0, 7.0], "a b c d e f")]
