"""zip_longest: aligning columns of different lengths with a fill value or None."""

from itertools import zip_longest


def columns(names, scores):
    rows = []
    for name, score in zip_longest(names, scores, fillvalue="-"):
        rows.append(name + ":" + score)
    return rows


def totals(a, b, c):
    return [x + y + z for x, y, z in zip_longest(a, b, c, fillvalue=0)]


def optional(a, b):
    return list(zip_longest(a, b))


def table(names, a, b):
    return columns(names, [str(x) for x in a]), totals(a, b, a[:1]), optional(a, names)


ENTRY = "table"
SAMPLES = [(["ann", "bob", "cy"], [1, 2], [10, 20, 30, 40]), ([], [], [])]
CHECKS = [(["x"], [5, 6, 7], []), ([], [1], [2])]
