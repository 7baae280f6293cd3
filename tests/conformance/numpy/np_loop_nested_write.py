"""Nested index loops writing out[i, j] = a[i, j] * 2 + i - j into np.zeros_like(a)."""
import numpy as np


def fill(a):
    h, w = a.shape
    out = np.zeros_like(a)
    for i in range(h):
        for j in range(w):
            out[i, j] = a[i, j] * 2 + i - j
    return out


ENTRY = "fill"
SAMPLES = [(np.arange(20, dtype=np.int32).reshape(4, 5),)]
CHECKS = [(np.arange(21, dtype=np.int32).reshape(7, 3),), (np.zeros((0, 3), dtype=np.int32),), (np.full((2, 2), 2**30, dtype=np.int32),)]
