"""np.eye(n), np.eye(n, m), np.eye(n, k=1) and np.eye(n, dtype=int) including n = 0 and rectangular."""
import numpy as np


def build(n, m):
    return np.eye(n), np.eye(n, m), np.eye(n, k=1), np.eye(n, m, k=-1, dtype=np.int64)


ENTRY = "build"
SAMPLES = [(3, 4), (2, 2)]
CHECKS = [(0, 0), (1, 3), (4, 2), (5, 5)]
