"""np.identity(n) in float64 and int32; identity @ x leaves x unchanged."""
import numpy as np


def build(n):
    i = np.identity(n)
    j = np.identity(n, dtype=np.int32)
    x = np.arange(n * 2, dtype=np.float64).reshape(n, 2)
    return i, j, i @ x, j.sum()


ENTRY = "build"
SAMPLES = [(3,)]
CHECKS = [(0,), (1,), (6,)]
