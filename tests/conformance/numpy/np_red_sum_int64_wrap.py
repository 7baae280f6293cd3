"""int64 sums and cumsums wrap silently on overflow (no OverflowError for arrays)."""
import numpy as np


def total(a):
    return a.sum(), a.cumsum()


ENTRY = "total"
SAMPLES = [(np.array([1, 2, 3]),)]
CHECKS = [(np.array([2**63 - 1, 1]),), (np.array([-(2**63), -1, 2]),), (np.full(8, 2**62),)]
