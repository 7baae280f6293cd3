"""std and var along axis 0 and 1 of a 2-d array, with keepdims [ulp: summation order]."""
import numpy as np


def spread(a):
    return a.var(axis=0), a.std(axis=1), np.var(a, axis=1, keepdims=True), a.std(axis=0, ddof=1)


ENTRY = "spread"
SAMPLES = [(np.arange(20, dtype=np.float64).reshape(4, 5) ** 2,)]
CHECKS = [(np.array([[1.0, -1.0], [3.0, 5.0], [0.5, 0.5]]),), (np.ones((2, 6)),)]
