"""Unary - on uint8 wraps modulo 256: -1 is 255, -0 is 0."""
import numpy as np


def neg(a):
    return -a


ENTRY = "neg"
SAMPLES = [(np.array([0, 1, 2, 255], dtype=np.uint8),)]
CHECKS = [(np.array([128, 127], dtype=np.uint8),), (np.array([], dtype=np.uint8),)]
