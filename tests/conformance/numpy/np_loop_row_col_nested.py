"""Nested for row in a: for x in row: counting elements above the row's mean (float64 compare)."""
import numpy as np


def above(a):
    counts = np.zeros(a.shape[0], dtype=np.int64)
    for i, row in enumerate(a):
        m = row.mean()
        for x in row:
            if x > m:
                counts[i] += 1
    return counts


ENTRY = "above"
SAMPLES = [(np.array([[1, 2, 3], [4, 4, 10]]),)]
CHECKS = [(np.zeros((0, 3), dtype=np.int64),), (np.arange(21).reshape(7, 3) % 4,)]
