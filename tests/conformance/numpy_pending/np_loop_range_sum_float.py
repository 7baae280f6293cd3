"""A sequential float64 loop sum s += a[i] (left to right, unlike a.sum()'s pairwise order)."""
import numpy as np


def total(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return float(s)


ENTRY = "total"
SAMPLES = [(np.array([0.1, 0.2, 0.3]),)]
CHECKS = [(np.array([]),), (np.full(100, 0.1),), (np.array([1e16, 1.0, -1e16]),), (np.array([np.inf, -np.inf]),)]
