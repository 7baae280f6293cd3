"""Constant integer powers of an int32 array (a ** 2, a ** 3) stay int32; 2 ** a with int64 a."""
import numpy as np


def power(a, e):
    return a ** 2, a ** 3, 2 ** e


ENTRY = "power"
SAMPLES = [(np.array([1, -2, 3], dtype=np.int32), np.array([0, 1, 10]))]
CHECKS = [(np.array([46341, -1291], dtype=np.int32), np.array([62, 63])),
          (np.array([], dtype=np.int32), np.array([], dtype=np.int64))]
