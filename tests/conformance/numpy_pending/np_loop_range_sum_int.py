"""for i in range(a.shape[0]): s += a[i] over an int64 array; s is an np.int64 whose adds wrap on overflow (RuntimeWarning), returned as int(s)."""
import numpy as np


def total(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return int(s)


ENTRY = "total"
SAMPLES = [(np.array([1, 2, 3, 4]),)]
CHECKS = [(np.array([], dtype=np.int64),), (np.arange(-100, 37),), (np.array([2**63 - 1, 1]),)]
