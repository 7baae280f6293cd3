"""astype(np.int64) and astype(np.int32) truncate float64 toward zero: 2.7 -> 2, -2.7 -> -2, -0.5 -> 0 (in-range values only)."""
import numpy as np


def cast(a):
    return a.astype(np.int64), a.astype(np.int32), a.astype(int)


ENTRY = "cast"
SAMPLES = [(np.array([2.7, -2.7, 0.5, -0.5]),)]
CHECKS = [(np.array([]),), (np.array([1e9, -2147483648.9, 2147483647.9, 123456.999999]),), (np.array([-0.0, 1e-300]),)]
