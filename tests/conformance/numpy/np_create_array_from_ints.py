"""np.array from Python int arguments and a nested list display: int64 arrays of the given shapes."""
import numpy as np


def build(x, y, z):
    a = np.array([x, y, z])
    b = np.array([[x, y], [z, x + y]])
    return a, b, a.dtype == np.int64


ENTRY = "build"
SAMPLES = [(1, 2, 3), (-5, 0, 7)]
CHECKS = [(0, 0, 0), (2**62, -(2**62), 1), (-1, -1, -1), (9223372036854775807, -9223372036854775807, 0)]
