"""remove() deletes the first match; remove/index of a missing value raise ValueError."""


def scrub(xs, v):
    ys = list(xs)
    pos = ys.index(v)
    ys.remove(v)
    return pos, ys, ys.count(v), v in ys


ENTRY = "scrub"
SAMPLES = [([3, 1, 3, 2], 3), ([5], 5)]
CHECKS = [([1, 2], 9), ([], 0), ([-1, -1, -1], -1)]
