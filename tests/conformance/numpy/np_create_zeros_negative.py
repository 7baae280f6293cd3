"""np.zeros with a negative dimension raises ValueError('negative dimensions are not allowed')."""
import numpy as np


def build(n):
    z = np.zeros((2, n), dtype=np.int64)
    return z, z.size


ENTRY = "build"
SAMPLES = [(3,)]
CHECKS = [(0,), (-1,), (-100,), (10,)]
