"""Elementwise comparisons of int64 arrays give bool arrays: < <= == != > >=."""
import numpy as np


def cmp(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


ENTRY = "cmp"
SAMPLES = [(np.array([[1, 2, 3], [4, 5, 6]]), np.array([[3, 2, 1], [4, 0, 9]]))]
CHECKS = [(np.array([[-(2**63), 2**63 - 1]]), np.array([[2**63 - 1, -(2**63)]])),
          (np.zeros((0, 3), dtype=np.int64), np.zeros((0, 3), dtype=np.int64))]
