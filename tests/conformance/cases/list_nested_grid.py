"""Nested lists: [[0] * w for _ in range(h)] rows are independent, [[0] * w] * h rows are aliases of one list."""


def grids(h, w):
    good = [[0] * w for _ in range(h)]
    bad = [[0] * w] * h
    if h > 0 and w > 0:
        good[0][0] = 1
        bad[0][0] = 1
    total = sum(sum(row) for row in bad)
    return good, bad, total, bad[-1][0] if h > 0 and w > 0 else -1


ENTRY = "grids"
SAMPLES = [(3, 2), (1, 1)]
CHECKS = [(0, 3), (2, 0), (-1, 2)]
