"""A running sum written into out[i] (float64), compared with np.cumsum's result."""
import numpy as np


def prefix(a):
    out = np.empty_like(a)
    acc = 0.0
    for i in range(a.shape[0]):
        acc += a[i]
        out[i] = acc
    return out, bool(np.array_equal(out, np.cumsum(a)))


ENTRY = "prefix"
SAMPLES = [(np.array([0.5, 0.25, -1.0]),)]
CHECKS = [(np.array([]),), (np.full(20, 0.1),), (np.array([np.inf, 1.0, np.nan]),)]
