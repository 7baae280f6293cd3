"""a[i] on a 1-d int32 array gives an np.int32 scalar; negative i counts from the end; out of range raises IndexError."""
import numpy as np


def get(a, i):
    return a[i], a[-1]


ENTRY = "get"
SAMPLES = [(np.array([10, 20, 30, 40, 50], dtype=np.int32), 1), (np.array([7, 8], dtype=np.int32), -2)]
CHECKS = [(np.array([10, 20, 30, 40, 50], dtype=np.int32), 5), (np.array([10, 20, 30, 40, 50], dtype=np.int32), -6),
          (np.array([10, 20, 30, 40, 50], dtype=np.int32), -5), (np.array([3], dtype=np.int32), 0),
          (np.array([], dtype=np.int32), 0)]
