"""Copies via [:], list() and .copy() are shallow and independent; clear() empties in place."""


def copies(xs):
    a = xs[:]
    b = list(xs)
    c = xs.copy()
    alias = xs
    a.append(1)
    b.append(2)
    c.append(3)
    alias.append(4)
    before = len(xs)
    alias.clear()
    return a, b, c, before, xs, alias == []


ENTRY = "copies"
SAMPLES = [([9, 8],), ([],)]
CHECKS = [([0, 0, 0],)]
