"""Comparisons of an int32 array with int constants and a float constant: a > 0, a == 3, a < 2.5."""
import numpy as np


def cmp(a):
    return a > 0, a == 3, a < 2.5, 1 <= a


ENTRY = "cmp"
SAMPLES = [(np.array([[-1, 0, 1], [2, 3, 4]], dtype=np.int32),)]
CHECKS = [(np.zeros((0, 2), dtype=np.int32),), (np.array([[2147483647], [-2147483648]], dtype=np.int32),)]
