"""reshape of a contiguous array is a view: r = b.reshape(rows, -1); r[0, 0] = -1 changes b."""
import numpy as np


def f(a, rows):
    b = a.copy()
    r = b.reshape(rows, -1)
    r[0, 0] = -1
    r[-1] *= 10
    return b, r


ENTRY = "f"
SAMPLES = [(np.arange(6), 2)]
CHECKS = [(np.arange(6), 3), (np.arange(12), 4), (np.arange(12), 1), (np.arange(12), 5)]
