"""np.floor and np.ceil of an int64 array return float64 copies of the values."""
import numpy as np


def rnd(a):
    return np.floor(a), np.ceil(a)


ENTRY = "rnd"
SAMPLES = [(np.array([[1, -2], [3, 0]]),)]
CHECKS = [(np.array([[2**53 + 1, -(2**63)]]),), (np.zeros((0, 2), dtype=np.int64),)]
