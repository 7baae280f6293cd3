"""list(set(xs)) for ints depends on hash slots and insertion order, not on sorting."""


def unique(xs):
    s = set(xs)
    return list(s), len(s)


ENTRY = "unique"
SAMPLES = [([9, 1, 8, 1, 2, 9],), ([40, 8, 16, 32, 0],)]
CHECKS = [([],), ([-1, -2, -3],), ([2**40, 3, 2**40 + 3, 11],), ([1000, 100, 10, 1],)]
