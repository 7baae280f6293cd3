"""[[0] * m] * n repeats one row object: a write shows in every row, unlike appended rows."""


def grids(n, m, v):
    shared = [[0] * m] * n
    shared[0][m - 1] = v
    own = []
    for i in range(n):
        own.append([0] * m)
    own[0][m - 1] = v
    return shared, own


ENTRY = "grids"
SAMPLES = [(3, 2, 7), (2, 4, -1)]
CHECKS = [(1, 1, 5), (4, 3, 0), (0, 2, 1), (2, 0, 1)]
