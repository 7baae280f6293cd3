"""One-hot encoding two ways: np.eye(k)[labels] (float64) and zeros with out[np.arange(n), labels] = 1 (int8)."""
import numpy as np


def one_hot(labels, k):
    a = np.eye(k)[labels]
    b = np.zeros((labels.shape[0], k), dtype=np.int8)
    b[np.arange(labels.shape[0]), labels] = 1
    return a, b


ENTRY = "one_hot"
SAMPLES = [(np.array([0, 2, 1]), 3)]
CHECKS = [(np.array([], dtype=np.int64), 4), (np.array([3, 3]), 4), (np.array([-1]), 2), (np.array([2]), 2)]
