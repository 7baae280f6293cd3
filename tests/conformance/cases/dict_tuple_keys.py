"""Dicts keyed by tuples: count (a, b) pairs, then report them as sorted lists."""


def pair_counts(xs):
    counts = {}
    for a, b in zip(xs, xs[1:]):
        counts[(a, b)] = counts.get((a, b), 0) + 1
    ordered = sorted(counts.items())
    return [[a, b, n] for (a, b), n in ordered], (1, 2) in counts


ENTRY = "pair_counts"
SAMPLES = [([1, 2, 1, 2, 3, 1, 2],)]
CHECKS = [([],), ([5],), ([0, 0, 0, 0],)]
