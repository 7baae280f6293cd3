"""A function returning int on some paths and None on others; callers test `is None`."""


def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def run(xs, targets):
    found = [find(xs, t) for t in targets]
    hits = [i for i in found if i is not None]
    return found, hits, sum(hits)


ENTRY = "run"
SAMPLES = [([5, 3, 9, 3], [3, 7, 9])]
CHECKS = [([], [1]), ([1], [])]
