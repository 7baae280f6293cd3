"""Dicts with int keys: insertion order (not sorted), negative keys, json prints keys as strings."""


def histogram(xs):
    h = {}
    for x in xs:
        h[x % 5] = h.get(x % 5, 0) + 1
    neg = {-x: x for x in xs}
    return h, neg, sorted(h.items()), list(h)


ENTRY = "histogram"
SAMPLES = [([7, 3, 12, 5, 8, -1],)]
CHECKS = [([],), ([0, 5, 10],)]
