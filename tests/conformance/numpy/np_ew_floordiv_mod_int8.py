"""int8 // and % with negatives; -128 // -1 wraps to -128 in int8."""
import numpy as np


def divmod8(a, b):
    return a // b, a % b


ENTRY = "divmod8"
SAMPLES = [(np.array([100, -100, 7], dtype=np.int8), np.array([7, 7, -2], dtype=np.int8))]
CHECKS = [(np.array([-128, 127, -1], dtype=np.int8), np.array([-1, -128, 5], dtype=np.int8)),
          (np.array([3, -3], dtype=np.int8), np.array([0, 0], dtype=np.int8))]
