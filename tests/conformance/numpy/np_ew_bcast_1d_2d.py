"""A 1-d (m,) array broadcasts over the rows of a 2-d (n,m) array, on the left and the right."""
import numpy as np


def ops(m, v):
    return m - v, v - m, m * v


ENTRY = "ops"
SAMPLES = [(np.arange(20, dtype=np.float64).reshape(4, 5), np.array([1.0, 2.0, 3.0, 4.0, 5.0]))]
CHECKS = [(np.ones((7, 3)), np.array([0.5, -1.0, np.nan])), (np.zeros((0, 2)), np.array([1.0, 2.0])),
          (np.ones((2, 3)), np.array([1.0, 2.0])), (np.ones((2, 1)), np.array([1.0, 2.0, 3.0]))]
