"""A 2-d boolean mask on a 2-d array flattens: a[a % 2 == 0] gives the matching elements in row-major order."""
import numpy as np


def evens(a):
    return a[a % 2 == 0], a[(a > 2) & (a < 9)], a[a < -100]


ENTRY = "evens"
SAMPLES = [(np.arange(12).reshape(3, 4),)]
CHECKS = [(np.arange(21).reshape(7, 3) - 10,), (np.zeros((0, 3), dtype=np.int64),), (np.array([[1, 3], [5, 7]]),)]
