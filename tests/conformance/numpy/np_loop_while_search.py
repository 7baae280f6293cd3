"""A while loop with a[i] comparisons: linear search for a target, returning its index or -1."""
import numpy as np


def find(a, target):
    i = 0
    n = a.shape[0]
    while i < n and a[i] != target:
        i += 1
    return i if i < n else -1


ENTRY = "find"
SAMPLES = [(np.array([5, 3, 9, 3]), 3), (np.array([5, 3, 9, 3]), 7)]
CHECKS = [(np.array([], dtype=np.int64), 0), (np.array([2**63 - 1]), 2**63 - 1), (np.array([-1, -2]), -2)]
