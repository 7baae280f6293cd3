"""Elementwise * of int32 arrays stays int32 and wraps modulo 2**32 on overflow."""
import numpy as np


def mul(a, b):
    return a * b


ENTRY = "mul"
SAMPLES = [(np.array([[1, 2], [3, 4]], dtype=np.int32), np.array([[5, -6], [7, 0]], dtype=np.int32))]
CHECKS = [(np.array([[65536, -65536, 46341]], dtype=np.int32), np.array([[65536, 65536, 46341]], dtype=np.int32)),
          (np.array([[2147483647], [-2147483648]], dtype=np.int32), np.array([[2], [-1]], dtype=np.int32)),
          (np.zeros((3, 0), dtype=np.int32), np.zeros((3, 0), dtype=np.int32))]
