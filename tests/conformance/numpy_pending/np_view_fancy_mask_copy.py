"""Fancy and boolean indexing return copies: writing f = b[[0, 1]] or m = b[b > 0] leaves b unchanged."""
import numpy as np


def f(a):
    b = a.copy()
    g = b[[0, 1]]
    g[0] = 100
    m = b[b > 0]
    m[:] = 0
    return b, g, m


ENTRY = "f"
SAMPLES = [(np.array([3, -1, 4, -1, 5]),)]
CHECKS = [(np.array([-1, -2]),), (np.array([1, 2, 3]),)]
