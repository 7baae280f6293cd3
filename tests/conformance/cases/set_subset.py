"""Subset/superset comparisons: <= is subset, < is proper subset; isdisjoint; == ignores order."""


def relations(a, b):
    x = set(a)
    y = set(b)
    return [x <= y, x < y, x >= y, x > y, x == y, x != y, x.issubset(y), x.issuperset(y),
            x.isdisjoint(y)]


ENTRY = "relations"
SAMPLES = [([1, 2], [1, 2, 3]), ([3, 2, 1], [1, 2, 3])]
CHECKS = [([], []), ([], [1]), ([4], [1, 2]), ([1, 2, 3], [2])]
