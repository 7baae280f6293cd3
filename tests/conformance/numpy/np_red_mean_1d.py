"""mean of an int64 array is float64 (exact here); the empty mean is nan with a RuntimeWarning."""
import numpy as np


def avg(a):
    return a.mean(), np.mean(a)


ENTRY = "avg"
SAMPLES = [(np.array([1, 2, 3, 4]),)]
CHECKS = [(np.array([], dtype=np.int64),), (np.array([-3, 3, 1]),), (np.array([7]),), (np.arange(1001),)]
