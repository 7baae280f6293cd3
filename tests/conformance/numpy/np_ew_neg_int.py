"""Unary - on int64 and int16 arrays; -MIN wraps to MIN."""
import numpy as np


def neg(a, b):
    return -a, -b


ENTRY = "neg"
SAMPLES = [(np.array([[1, -2], [0, 3]]), np.array([5, -5], dtype=np.int16))]
CHECKS = [(np.array([[-(2**63), 2**63 - 1]]), np.array([-32768, 32767], dtype=np.int16)),
          (np.zeros((0, 2), dtype=np.int64), np.array([], dtype=np.int16))]
