"""Accumulating int8 elements into an int8 scalar wraps (RuntimeWarning: overflow encountered in scalar add)."""
import numpy as np


def total(a):
    s = a[0]
    for i in range(1, a.shape[0]):
        s = s + a[i]
    return s


ENTRY = "total"
SAMPLES = [(np.array([1, 2, 3], dtype=np.int8),)]
CHECKS = [(np.array([100, 100, 100], dtype=np.int8),), (np.array([-128, -1], dtype=np.int8),), (np.array([], dtype=np.int8),)]
