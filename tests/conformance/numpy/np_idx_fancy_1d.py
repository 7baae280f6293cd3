"""Fancy indexing a[idx] with an int64 index array: repeats, negatives, empty; out of range raises IndexError."""
import numpy as np


def take(a, idx):
    return a[idx]


ENTRY = "take"
SAMPLES = [(np.array([10.0, 20.0, 30.0, 40.0]), np.array([3, 0, 0, -1]))]
CHECKS = [(np.array([10.0, 20.0, 30.0, 40.0]), np.array([], dtype=np.int64)),
          (np.array([10.0, 20.0, 30.0, 40.0]), np.array([4])), (np.array([10.0, 20.0, 30.0, 40.0]), np.array([1, -5])),
          (np.array([5.0]), np.array([0, 0, 0, 0, 0]))]
