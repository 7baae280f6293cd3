"""del xs[i] shifts the rest left; a bad index raises IndexError: list assignment index out of range."""


def remove_at(xs, i, j):
    ys = list(xs)
    del ys[i]
    del ys[j:]
    return ys


ENTRY = "remove_at"
SAMPLES = [([1, 2, 3, 4, 5], 0, 2), ([1, 2, 3], -1, -1)]
CHECKS = [([], 0, 0), ([1], 1, 0), ([1, 2], -3, 0), ([1, 2, 3], 1, 10)]
