"""np.count_nonzero of a mask and of an int array, whole and along axis 0 (int results)."""
import numpy as np


def count(a):
    return np.count_nonzero(a), np.count_nonzero(a > 1), np.count_nonzero(a, axis=0)


ENTRY = "count"
SAMPLES = [(np.array([[0, 1, 2], [3, 0, 0]]),)]
CHECKS = [(np.zeros((0, 3), dtype=np.int64),), (np.ones((4, 2), dtype=np.int64),), (np.array([[-5, 0, 5]]),)]
