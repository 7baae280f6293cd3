"""std and var of an int64 array compute in float64 [ulp: summation order]."""
import numpy as np


def spread(a):
    return a.std(), a.var(), a.var(axis=0)


ENTRY = "spread"
SAMPLES = [(np.array([[1, 2], [3, 4], [5, 9]]),)]
CHECKS = [(np.array([[7, 7]]),), (np.arange(-12, 12).reshape(6, 4),)]
