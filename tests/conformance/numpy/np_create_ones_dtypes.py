"""np.ones for float64, uint8, int16 and bool; sums of the results."""
import numpy as np


def build(n, m):
    a = np.ones((n, m))
    b = np.ones((n, m), dtype=np.uint8)
    c = np.ones(n, dtype=np.int16)
    d = np.ones(m, dtype=bool)
    return a, b, c, d, b.sum(), a.sum()


ENTRY = "build"
SAMPLES = [(2, 3)]
CHECKS = [(0, 3), (4, 0), (1, 1), (16, 16)]
