"""std and var of a 1-d float64 array, population and ddof=1 [ulp: summation order]."""
import numpy as np


def spread(a):
    return a.var(), a.std(), a.var(ddof=1), np.std(a, ddof=1)


ENTRY = "spread"
SAMPLES = [(np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]),)]
CHECKS = [(np.array([1.0, 2.0, 3.0]),), (np.array([0.1, 0.2, 0.3, 0.4]),), (np.array([5.0, 5.0, 5.0]),),
          (np.array([1e8, 1e8 + 1, 1e8 + 2]),), (np.array([np.nan, 1.0]),)]
