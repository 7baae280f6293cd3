"""set add/discard/remove: discard ignores missing items, remove raises KeyError with the item."""


def edit(xs, drop):
    s = set(xs)
    s.add(100)
    s.add(100)
    s.discard(-999)
    n = len(s)
    s.remove(100)
    s.remove(drop)
    s.discard(drop)
    return sorted(s), n


ENTRY = "edit"
SAMPLES = [([1, 2, 3, 2], 2), ([4], 4)]
CHECKS = [([], 0), ([7, 7], 8), ([-1], 100), ([5, -5], -5)]
