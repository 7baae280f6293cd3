"""int64 array times a float constant is float64; int32 array + 0.5 is float64 as well."""
import numpy as np


def ops(a, b):
    return a * 0.5, b + 0.5, a / 3


ENTRY = "ops"
SAMPLES = [(np.array([1, 2, 3]), np.array([1, 2, 3], dtype=np.int32))]
CHECKS = [(np.array([2**53 + 1, -(2**63)]), np.array([2147483647, -2147483648], dtype=np.int32)),
          (np.array([], dtype=np.int64), np.array([], dtype=np.int32))]
