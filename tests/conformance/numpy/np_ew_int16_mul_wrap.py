"""int16 * int16 wraps modulo 2**16 (300 * 300 is 24464)."""
import numpy as np


def mul(a, b):
    return a * b


ENTRY = "mul"
SAMPLES = [(np.array([2, -3, 4], dtype=np.int16), np.array([5, 6, -7], dtype=np.int16))]
CHECKS = [(np.array([300, -300, 256, 181], dtype=np.int16), np.array([300, 300, 128, 181], dtype=np.int16)),
          (np.array([], dtype=np.int16), np.array([], dtype=np.int16))]
