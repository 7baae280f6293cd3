"""b[:, 0] = 1, b[0, :] = row (an array), b[1:, 1:] = 9 on a copy of a 2-d int array."""
import numpy as np


def fill(a, row):
    b = a.copy()
    b[:, 0] = 1
    b[0, :] = row
    b[1:, 1:] = 9
    return b


ENTRY = "fill"
SAMPLES = [(np.zeros((3, 4), dtype=np.int64), np.array([5, 6, 7, 8]))]
CHECKS = [(np.zeros((1, 2), dtype=np.int64), np.array([-1, -2])), (np.arange(6).reshape(2, 3), np.array([0, 0])),
          (np.arange(21).reshape(7, 3), np.array([4, 4, 4]))]
