"""Indexing with a constant list a[[0, 2, 1]] and a list argument of ints a[idx]."""
import numpy as np


def take(a, idx):
    return a[[0, 2, 1]], a[idx]


ENTRY = "take"
SAMPLES = [(np.array([5, 6, 7, 8], dtype=np.int8), [3, 3, 0])]
CHECKS = [(np.array([1, 2, 3], dtype=np.int8), [-1]), (np.array([1, 2], dtype=np.int8), [0]), (np.array([9, 9, 9], dtype=np.int8), [])]
