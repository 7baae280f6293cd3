"""np.outer of two 1-d arrays, np.trace and np.diag of a (possibly non-square) matrix, np.diag of a vector (int64)."""
import numpy as np


def ot(u, v, m):
    return np.outer(u, v), np.trace(m), np.diag(m), np.diag(u)


ENTRY = "ot"
SAMPLES = [(np.array([1, 2, 3]), np.array([4, 5]), np.arange(9).reshape(3, 3))]
CHECKS = [(np.array([], dtype=np.int64), np.array([1]), np.zeros((0, 0), dtype=np.int64)), (np.array([-1]), np.array([-1, 0]), np.arange(20).reshape(4, 5))]
