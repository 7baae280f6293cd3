"""a[i, j], a[i][j] and a row a[i] of a 2-d float64 array, with negative indices."""
import numpy as np


def get(a, i, j):
    return a[i, j], a[i][j], a[i], a[-1, -1]


ENTRY = "get"
SAMPLES = [(np.arange(20, dtype=np.float64).reshape(4, 5), 1, 2)]
CHECKS = [(np.arange(21, dtype=np.float64).reshape(7, 3), -1, -3), (np.arange(21, dtype=np.float64).reshape(7, 3), 6, 0),
          (np.array([[np.nan, -0.0]]), 0, 1)]
