"""Accumulating float32 elements into an np.float32 accumulator rounds in float32 at every step."""
import numpy as np


def total(a):
    s = np.float32(0.0)
    for i in range(a.shape[0]):
        s = s + a[i]
    return s


ENTRY = "total"
SAMPLES = [(np.array([0.1, 0.2, 0.3], dtype=np.float32),)]
CHECKS = [(np.array([], dtype=np.float32),), (np.full(1000, 0.1, dtype=np.float32),), (np.array([16777216.0, 1.0, 1.0], dtype=np.float32),)]
