"""int64 % takes the divisor's sign like Python; % 0 gives 0 with a RuntimeWarning."""
import numpy as np


def mod(a, b):
    return a % b


ENTRY = "mod"
SAMPLES = [(np.array([7, -7, 7, -7]), np.array([3, 3, -3, -3]))]
CHECKS = [(np.array([5, -5, 0]), np.array([0, 0, 0])),
          (np.array([-(2**63), 2**63 - 1, 10]), np.array([-1, 2, 10])),
          (np.array([], dtype=np.int64), np.array([], dtype=np.int64))]
