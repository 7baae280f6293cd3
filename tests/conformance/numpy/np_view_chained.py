"""A view of a view writes through to the base: w = b[::2][1:]; w[:] = 0."""
import numpy as np


def f(a):
    b = a.copy()
    v = b[::2]
    w = v[1:]
    w[:] = 0
    return b, v


ENTRY = "f"
SAMPLES = [(np.arange(1, 9, dtype=np.float32),)]
CHECKS = [(np.array([1.0], dtype=np.float32),), (np.arange(1, 12, dtype=np.float32),)]
