"""groupby's groups share the outer iterator: a group kept after the outer advances is empty,
a partly read group is skipped, and the key runs once per item, when CPython's does."""

import itertools


def parity(x, log):
    log.append(x)
    return x % 2


def stale(xs):
    kept = [g for _, g in itertools.groupby(xs)]
    return [list(g) for g in kept]


def partial(xs):
    log = []
    out = []
    for key, group in itertools.groupby(xs, key=lambda x: parity(x, log)):
        first = next(group)
        out.append((key, first))
    return out, log


def lengths(xs):
    return [(k, len(list(g))) for k, g in itertools.groupby(xs)]


def outer_next(xs):
    it = itertools.groupby(xs)
    k1, g1 = next(it)
    head = next(g1)
    k2, g2 = next(it)
    return k1, head, list(g1), k2, list(g2), [k for k, _ in it]


def groups(xs):
    result = stale(xs), partial(xs), lengths(xs)
    if len(xs) >= 2 and xs[0] != xs[-1]:
        return result, outer_next(xs)
    return result, (0, 0, [], 0, [], [])


ENTRY = "groups"
SAMPLES = [([1, 1, 2, 2, 2, 3, 1, 1],), ([],)]
CHECKS = [([5],), ([2, 4, 6, 1, 3, 8],), ([7, 7, 7, 7],), ([1, 2, 1, 2, 1],)]
