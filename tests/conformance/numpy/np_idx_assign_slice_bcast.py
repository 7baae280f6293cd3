"""Slice assignment broadcasts: b[::2] = 0, b[1:3] = [10, 20] from an array, b[-1:] = b[:1] (overlap safe)."""
import numpy as np


def fill(a):
    b = a.copy()
    b[::2] = 0
    b[1:3] = np.array([10, 20])
    b[-1:] = b[:1] + 100
    return b


ENTRY = "fill"
SAMPLES = [(np.arange(6),)]
CHECKS = [(np.arange(3),), (np.arange(2),), (np.arange(10) * -1,)]
