"""a[rows, cols] with two int arrays picks the elements at (rows[k], cols[k]); a 2-d index array keeps its shape."""
import numpy as np


def pick(a, rows, cols):
    return a[rows, cols], a[np.array([[0, 1], [1, 0]]), 0]


ENTRY = "pick"
SAMPLES = [(np.arange(12).reshape(3, 4), np.array([0, 1, 2]), np.array([3, 2, 1]))]
CHECKS = [(np.arange(12).reshape(3, 4), np.array([-1, -1]), np.array([0, -4])), (np.arange(4).reshape(2, 2), np.array([0, 1]), np.array([0, 1, 1]))]
