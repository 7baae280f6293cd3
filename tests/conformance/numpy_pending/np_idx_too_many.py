"""Indexing a 1-d array with two indices raises IndexError('too many indices for array: array is 1-dimensional, but 2 were indexed')."""
import numpy as np


def get(a, i):
    if i < 0:
        return a[0, 0]
    return a[i]


ENTRY = "get"
SAMPLES = [(np.array([1.0, 2.0]), 1)]
CHECKS = [(np.array([1.0, 2.0]), -1), (np.array([5.0]), 0)]
