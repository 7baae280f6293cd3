"""A list literal read and written through positive and negative indices, and returned."""


def pick(i, j):
    a = [10, 20, 30, 40, 50]
    a[j] = a[i] + 1
    return a[-1], a[i], a


ENTRY = "pick"
SAMPLES = [(1, 3), (-2, 0)]
CHECKS = [(-5, -1), (4, -5), (0, 0), (5, 0), (-6, 0), (0, 5), (0, -6)]
