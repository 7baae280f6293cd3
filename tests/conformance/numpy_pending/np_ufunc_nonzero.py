"""np.where(cond) with one argument and np.nonzero give a tuple of int64 index arrays, one per dimension."""
import numpy as np


def nz(a):
    rows, cols = np.where(a > 0)
    return rows, cols, np.nonzero(a)[1], np.flatnonzero(a)


ENTRY = "nz"
SAMPLES = [(np.array([[0, 3, 0], [4, 0, -5]]),)]
CHECKS = [(np.zeros((2, 2), dtype=np.int64),), (np.zeros((0, 3), dtype=np.int64),), (np.eye(4, dtype=np.int64),)]
