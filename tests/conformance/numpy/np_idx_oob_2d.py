"""Out-of-range a[i, j] raises IndexError naming the axis: 'index 4 is out of bounds for axis 1 with size 4'."""
import numpy as np


def get(a, i, j):
    return a[i, j]


ENTRY = "get"
SAMPLES = [(np.arange(12).reshape(3, 4), 2, 3)]
CHECKS = [(np.arange(12).reshape(3, 4), 0, 4), (np.arange(12).reshape(3, 4), 3, 0), (np.arange(12).reshape(3, 4), -4, 0),
          (np.arange(12).reshape(3, 4), 0, -5), (np.arange(12).reshape(3, 4), 9, 9), (np.zeros((0, 4), dtype=np.int64), 0, 0)]
