"""Bubble sort of a copy with element swaps b[j], b[j + 1] = b[j + 1], b[j]; compared with np.sort."""
import numpy as np


def bsort(a):
    b = a.copy()
    n = b.shape[0]
    for i in range(n):
        for j in range(n - 1 - i):
            if b[j] > b[j + 1]:
                b[j], b[j + 1] = b[j + 1], b[j]
    return b, bool((b == np.sort(a)).all())


ENTRY = "bsort"
_rng = np.random.default_rng(2)
SAMPLES = [(np.array([3, 1, 2], dtype=np.int16),)]
CHECKS = [(np.array([], dtype=np.int16),), (_rng.integers(-1000, 1000, 40).astype(np.int16),), (np.array([5, 5, -5, 5], dtype=np.int16),)]
