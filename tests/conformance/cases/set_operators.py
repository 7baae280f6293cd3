"""Set operators | & - ^ and their method forms give the same members (compared sorted)."""


def combine(a, b):
    x = set(a)
    y = set(b)
    ops = [x | y, x & y, x - y, y - x, x ^ y]
    meths = [x.union(y), x.intersection(y), x.difference(y), y.difference(x),
             x.symmetric_difference(y)]
    return [sorted(s) for s in ops], [sorted(s) for s in meths] == [sorted(s) for s in ops]


ENTRY = "combine"
SAMPLES = [([1, 2, 3, 4], [3, 4, 5]), ([], [1])]
CHECKS = [([], []), ([1, 1, 1], [1]), ([-5, 5], [5, -5, 0])]
