"""float64 sum of 1000 inexact values [ulp: summation order: NumPy sums contiguous runs pairwise, 8 accumulators]."""
import numpy as np


def total(a):
    return a.sum(), a[::3].sum(), a.reshape(40, 25).sum(axis=1)


ENTRY = "total"
_rng = np.random.default_rng(7)
SAMPLES = [(_rng.standard_normal(1000),)]
CHECKS = [(np.full(1000, 0.1),), (_rng.uniform(-1e6, 1e6, 1000),), (np.linspace(0, 1, 1000),)]
