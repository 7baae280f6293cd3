"""enumerate over a 1-d array: the index of the first negative element, or -1."""
import numpy as np


def first_negative(a):
    for i, x in enumerate(a):
        if x < 0:
            return i
    return -1


ENTRY = "first_negative"
SAMPLES = [(np.array([3, 1, -4, -1]),)]
CHECKS = [(np.array([], dtype=np.int64),), (np.array([0, 0]),), (np.array([-9]),)]
