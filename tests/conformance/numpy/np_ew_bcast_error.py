"""Incompatible shapes raise ValueError('operands could not be broadcast together with shapes (3,4) (5,) ')."""
import numpy as np


def add(a, b):
    return a + b


ENTRY = "add"
SAMPLES = [(np.ones((3, 4)), np.ones(4))]
CHECKS = [(np.ones((3, 4)), np.ones(5)), (np.ones((2, 1)), np.ones(7)), (np.ones((0, 3)), np.ones(2)),
          (np.ones((0, 3)), np.ones(1))]
