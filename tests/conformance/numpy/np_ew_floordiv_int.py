"""int64 // rounds toward -inf like Python; // 0 gives 0 with a RuntimeWarning; MIN // -1 wraps."""
import numpy as np


def fdiv(a, b):
    return a // b


ENTRY = "fdiv"
SAMPLES = [(np.array([7, -7, 7, -7]), np.array([2, 2, -2, -2]))]
CHECKS = [(np.array([5, -5, 0]), np.array([0, 0, 0])),
          (np.array([-(2**63), 2**63 - 1, 1]), np.array([-1, -1, 2**63 - 1])),
          (np.array([], dtype=np.int64), np.array([], dtype=np.int64))]
