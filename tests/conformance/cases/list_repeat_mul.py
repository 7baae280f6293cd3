"""list * int repeats the items (the same objects); a non-positive count gives []."""


def repeat(xs, n):
    ys = xs * n
    zs = n * [xs]
    if zs:
        zs[0].append(99)
    return ys, len(zs), xs, [len(z) for z in zs]


ENTRY = "repeat"
SAMPLES = [([1, 2], 3), ([0], 1)]
CHECKS = [([1], 0), ([1], -2), ([], 4)]
