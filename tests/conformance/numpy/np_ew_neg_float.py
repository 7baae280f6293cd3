"""Unary - on float32 flips the sign bit: -0.0 becomes 0.0, inf becomes -inf."""
import numpy as np


def neg(a):
    return -a


ENTRY = "neg"
SAMPLES = [(np.array([1.5, -2.0, 0.0], dtype=np.float32),)]
CHECKS = [(np.array([-0.0, np.inf, -np.inf, 3.4e38], dtype=np.float32),), (np.array([], dtype=np.float32),)]
