"""Integer bitwise ops on int32 arrays: & | ^ ~ and shifts << >> (arithmetic shift for negatives)."""
import numpy as np


def bits(a, b):
    return a & b, a | b, a ^ b, ~a, a << 2, a >> 1


ENTRY = "bits"
SAMPLES = [(np.array([12, -12, 255], dtype=np.int32), np.array([10, 10, 15], dtype=np.int32))]
CHECKS = [(np.array([2147483647, -2147483648, 0], dtype=np.int32), np.array([-1, -1, 0], dtype=np.int32)),
          (np.array([], dtype=np.int32), np.array([], dtype=np.int32))]
