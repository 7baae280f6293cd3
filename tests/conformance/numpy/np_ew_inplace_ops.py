"""Augmented assignment on a copy: c += b, c *= 2, c -= 1, c //= 3 keep int64 and do not touch a."""
import numpy as np


def aug(a, b):
    c = a.copy()
    c += b
    c *= 2
    c -= 1
    c //= 3
    return a, c


ENTRY = "aug"
SAMPLES = [(np.array([[1, 2], [3, 4]]), np.array([10, 20]))]
CHECKS = [(np.array([[-5, 5], [0, 0], [7, -7]]), np.array([1, -1])), (np.zeros((0, 2), dtype=np.int64), np.array([1, 2]))]
