"""np.abs / abs() of int8 and int64 arrays: abs(-128) stays -128 in int8 (and MIN in int64)."""
import numpy as np


def absolute(a, b):
    return np.abs(a), abs(b), np.absolute(b)


ENTRY = "absolute"
SAMPLES = [(np.array([-3, 0, 5], dtype=np.int8), np.array([[-7, 7], [0, -1]]))]
CHECKS = [(np.array([-128, 127, -127], dtype=np.int8), np.array([[-(2**63), 2**63 - 1]])),
          (np.array([], dtype=np.int8), np.zeros((0, 2), dtype=np.int64))]
