"""int64 array with a Python int argument on either side (no value-based casting for int64)."""
import numpy as np


def ops(a, k):
    return a * k, k - a, a + k


ENTRY = "ops"
SAMPLES = [(np.array([1, 2, 3]), 5), (np.array([-1, 0]), -2)]
CHECKS = [(np.array([], dtype=np.int64), 7), (np.array([2**62, -(2**62)]), 2), (np.array([10, 20, 30]), 0),
          (np.array([1]), 2**63 - 1)]
