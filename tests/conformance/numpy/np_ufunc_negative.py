"""np.negative of uint8 wraps (1 -> 255), of int64 negates, of float64 flips the sign of 0.0."""
import numpy as np


def neg(u, i, f):
    return np.negative(u), np.negative(i), np.negative(f)


ENTRY = "neg"
SAMPLES = [(np.array([0, 1, 200], dtype=np.uint8), np.array([3, -4]), np.array([0.0, 1.5]))]
CHECKS = [(np.array([255], dtype=np.uint8), np.array([-(2**63)]), np.array([-0.0])),
          (np.array([], dtype=np.uint8), np.array([], dtype=np.int64), np.array([]))]
