"""int8 + int8 wraps modulo 256 (127 + 1 is -128) with no error."""
import numpy as np


def add(a, b):
    return a + b


ENTRY = "add"
SAMPLES = [(np.array([1, 2, 3], dtype=np.int8), np.array([10, 20, 30], dtype=np.int8))]
CHECKS = [(np.array([127, -128, 100, -100], dtype=np.int8), np.array([1, -1, 100, -100], dtype=np.int8)),
          (np.array([], dtype=np.int8), np.array([], dtype=np.int8))]
