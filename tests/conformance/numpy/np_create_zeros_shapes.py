"""np.zeros with an int, a tuple shape and dtypes float64 (default), int32 and bool; n may be 0."""
import numpy as np


def build(n, m):
    return np.zeros(n), np.zeros((n, m), dtype=np.int32), np.zeros((m, n, 2), dtype=bool)


ENTRY = "build"
SAMPLES = [(3, 4), (1, 2)]
CHECKS = [(0, 5), (5, 0), (0, 0), (7, 1)]
