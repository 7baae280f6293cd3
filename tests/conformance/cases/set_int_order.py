"""Iterating a set of small ints follows the hash table's slot order, which CPython makes deterministic."""


def as_list(n):
    base = list({5, 3, 17, 1, 100, 33})
    grown = {5, 3, 17, 1, 100, 33}
    for i in range(n):
        grown.add(i * 7)
    neg = list({-1, -2, 8, 0, 16})
    return base, list(grown), neg


ENTRY = "as_list"
SAMPLES = [(0,), (4,)]
CHECKS = [(20,)]
