"""starmap over argument tuples, compress with selectors, and a lazy starmap stopped early."""

import operator
from itertools import compress, starmap


def area(w, h):
    return w * h


def powers(pairs):
    return list(starmap(operator.pow, pairs)), list(starmap(area, pairs)), list(starmap(lambda a, b: a - b, pairs))


def chosen(items, flags):
    return list(compress(items, flags)), list(compress("abcdef", [1, 0, 1])), list(compress(items, [x > 1 for x in flags]))


def first_big(pairs, limit):
    for value in starmap(area, pairs):
        if value > limit:
            return value
    return -1


def main(rows, flags):
    pairs = [(r[0], r[1]) for r in rows]
    return powers(pairs), chosen([str(p) for p in pairs], flags), first_big(pairs, 10)


ENTRY = "main"
SAMPLES = [([[2, 3], [4, 1], [3, 5]], [1, 0, 2, 1]), ([], [])]
CHECKS = [([[1, 1]], [0]), ([[5, 5], [2, 2]], [3, 3, 3]), ([[23, -1], [2, -2], [0, 0]], [])]
