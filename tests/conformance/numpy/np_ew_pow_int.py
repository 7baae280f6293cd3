"""int64 ** int64 by repeated squaring, wrapping on overflow; negative exponents raise ValueError."""
import numpy as np


def power(a, b):
    return a ** b


ENTRY = "power"
SAMPLES = [(np.array([2, 3, -2, 0]), np.array([10, 3, 3, 0]))]
CHECKS = [(np.array([2, 3, 10]), np.array([63, 40, 19])),
          (np.array([1, -1, 0]), np.array([100, 101, 5])),
          (np.array([2, 2]), np.array([1, -1])),
          (np.array([], dtype=np.int64), np.array([], dtype=np.int64))]
