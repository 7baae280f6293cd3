"""[[0] * 3] * 2 holds the same row twice: writing one row shows in both, as in CPython."""


def grid(v):
    g = [[0] * 3] * 2
    g[0][1] = v
    h = [[0] * 3, [0] * 3]
    h[0][1] = v
    return g, h


ENTRY = "grid"
SAMPLES = [(5,)]
CHECKS = [(-1,)]
