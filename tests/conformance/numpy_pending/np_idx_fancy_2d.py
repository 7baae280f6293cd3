"""Fancy indexing on 2-d: a[idx] picks rows, a[:, idx] picks columns, a[idx][:, idx] a sub-matrix."""
import numpy as np


def take(a, idx):
    return a[idx], a[:, idx], a[idx][:, idx]


ENTRY = "take"
SAMPLES = [(np.arange(16).reshape(4, 4), np.array([2, 0]))]
CHECKS = [(np.arange(9).reshape(3, 3), np.array([-1, 1, 1])), (np.arange(9).reshape(3, 3), np.array([], dtype=np.int64)),
          (np.arange(9).reshape(3, 3), np.array([3]))]
