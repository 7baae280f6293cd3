"""b[idx] = 5 and b[idx] += 1 with repeated indices: the += adds once per distinct index (buffered)."""
import numpy as np


def bump(a, idx):
    b = a.copy()
    b[idx] += 1
    c = a.copy()
    c[idx] = 5
    d = a.copy()
    np.add.at(d, idx, 1)
    return b, c, d


ENTRY = "bump"
SAMPLES = [(np.zeros(5, dtype=np.int64), np.array([0, 2, 2, 4]))]
CHECKS = [(np.arange(3), np.array([], dtype=np.int64)), (np.arange(3), np.array([-1, -1, -1])), (np.arange(3), np.array([3]))]
