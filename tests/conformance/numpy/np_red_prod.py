"""prod of int64 (wraps on overflow; empty product 1) and of float64 along axis 1."""
import numpy as np


def pr(a, f):
    return a.prod(), np.prod(a, axis=0), f.prod(axis=1)


ENTRY = "pr"
SAMPLES = [(np.array([[1, 2], [3, 4]]), np.array([[0.5, 4.0], [2.0, -1.0]]))]
CHECKS = [(np.zeros((0, 2), dtype=np.int64), np.zeros((2, 0))),
          (np.full((3, 22), 8), np.array([[1e200, 1e200], [np.nan, 0.0]])), (np.array([[-1], [-1]]), np.array([[np.inf, 0.0]]))]
