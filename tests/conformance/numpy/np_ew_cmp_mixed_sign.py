"""Comparing int64 with uint64 arrays promotes both to float64 (NumPy 1.x): -1 < 2**64 - 1, and 2**53 + 1 == 2**53."""
import numpy as np


def cmp(a, b):
    return a < b, a == b


ENTRY = "cmp"
SAMPLES = [(np.array([-1, 0, 5]), np.array([18446744073709551615, 0, 4], dtype=np.uint64))]
CHECKS = [(np.array([2**53 + 1]), np.array([2**53], dtype=np.uint64)), (np.array([], dtype=np.int64), np.array([], dtype=np.uint64))]
