"""int64 -> float64 rounds to nearest even past 2**53; int32 -> float32 past 2**24; int8 -> float64 exact."""
import numpy as np


def cast(a, b, c):
    return a.astype(np.float64), b.astype(np.float32), c.astype(float)


ENTRY = "cast"
SAMPLES = [(np.array([1, -2, 3]), np.array([1, -2, 3], dtype=np.int32), np.array([-128, 127], dtype=np.int8))]
CHECKS = [(np.array([2**53 + 1, 2**53 + 3, 2**63 - 1, -(2**63)]), np.array([16777217, 16777219, 2147483647], dtype=np.int32),
           np.array([0], dtype=np.int8)), (np.array([], dtype=np.int64), np.array([], dtype=np.int32), np.array([], dtype=np.int8))]
