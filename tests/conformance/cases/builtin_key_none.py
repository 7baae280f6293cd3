"""key=None and reverse=False spelled out: CPython takes them as no key and no reversal in
sorted(), min() and max() (with default= too)."""


def order(xs):
    return [sorted(xs, key=None), sorted(xs, key=None, reverse=False), min(xs, key=None, default=0),
            max(xs, key=None, default=-1), sorted(xs, reverse=False)]


ENTRY = "order"
SAMPLES = [([3, 1, 2],)]
CHECKS = [([],), ([5],), ([2, 2, -7, 9],)]
