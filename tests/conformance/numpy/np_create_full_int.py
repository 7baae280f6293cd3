"""np.full with a Python int fill value: int64 array; with dtype=np.int8 and a constant."""
import numpy as np


def build(n, m, v):
    return np.full((n, m), v), np.full(n, -1, dtype=np.int8), np.full((m,), 7, dtype=np.uint32)


ENTRY = "build"
SAMPLES = [(2, 3, 5), (1, 4, -9)]
CHECKS = [(0, 2, 1), (3, 0, 0), (2, 2, 2**62), (2, 2, -(2**63))]
