"""Storing a float into an int32 array truncates toward zero: b[0] = 2.7 is 2, b[1] = -2.7 is -2."""
import numpy as np


def put(a, x):
    b = a.copy()
    b[0] = x
    b[1] = -x
    return b


ENTRY = "put"
SAMPLES = [(np.array([5, 5, 5], dtype=np.int32), 2.7)]
CHECKS = [(np.array([0, 0], dtype=np.int32), 0.999), (np.array([1, 1, 1, 1], dtype=np.int32), 123456.5)]
