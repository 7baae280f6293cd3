"""b[i] = v on a copy of an int64 array, with negative i; out of range raises IndexError; the argument is unchanged."""
import numpy as np


def put(a, i, v):
    b = a.copy()
    b[i] = v
    return a, b


ENTRY = "put"
SAMPLES = [(np.array([1, 2, 3]), 0, 9), (np.array([1, 2, 3]), -1, -7)]
CHECKS = [(np.array([1, 2, 3]), 3, 0), (np.array([1, 2, 3]), -4, 0), (np.array([4]), 0, 2**63 - 1)]
