"""a.sum() and np.sum(a) of a 1-d int64 array give np.int64; the empty sum is 0; overflow wraps."""
import numpy as np


def total(a):
    return a.sum(), np.sum(a)


ENTRY = "total"
SAMPLES = [(np.array([1, 2, 3, 4]),), (np.array([-10, 5]),)]
CHECKS = [(np.array([], dtype=np.int64),), (np.array([2**62, 2**62]),), (np.arange(-50, 51),), (np.array([7]),)]
