"""uint32 + - * // % wrap modulo 2**32; // 0 and % 0 give 0."""
import numpy as np


def ops(a, b):
    return a + b, a - b, a * b, a // b, a % b


ENTRY = "ops"
SAMPLES = [(np.array([10, 20, 4000000000], dtype=np.uint32), np.array([3, 30, 7], dtype=np.uint32))]
CHECKS = [(np.array([0, 4294967295, 65536], dtype=np.uint32), np.array([1, 1, 65536], dtype=np.uint32)),
          (np.array([5, 0], dtype=np.uint32), np.array([0, 0], dtype=np.uint32))]
