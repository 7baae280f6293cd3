"""v @ M with a 1-d v of length k and a (k, m) M gives a 1-d (m,) result (int64)."""
import numpy as np


def vm(v, m):
    return v @ m


ENTRY = "vm"
SAMPLES = [(np.array([1, 2, 3]), np.arange(12).reshape(3, 4))]
CHECKS = [(np.array([-1, 1]), np.array([[5, 6, 7], [8, 9, 10]])), (np.array([1, 2]), np.arange(12).reshape(3, 4)),
          (np.array([], dtype=np.int64), np.zeros((0, 3), dtype=np.int64))]
