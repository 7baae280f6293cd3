"""np.tile(a, 2), np.tile(a, (2, 1)), np.repeat(a, 2) and np.repeat(m, 2, axis=0)."""
import numpy as np


def tr(a, m):
    return np.tile(a, 2), np.tile(a, (2, 1)), np.repeat(a, 2), np.repeat(m, 2, axis=0)


ENTRY = "tr"
SAMPLES = [(np.array([1, 2, 3]), np.array([[1, 2], [3, 4]]))]
CHECKS = [(np.array([], dtype=np.int64), np.zeros((0, 2), dtype=np.int64)), (np.array([7]), np.array([[5, 6, 7]]))]
