"""np.linspace(start, stop, num): endpoint included by default; endpoint=False; num of 0 and 1."""
import numpy as np


def build(a, b, n):
    return np.linspace(a, b, n), np.linspace(a, b, n, endpoint=False)


ENTRY = "build"
SAMPLES = [(0.0, 1.0, 5), (-2.0, 3.0, 11)]
CHECKS = [(0.0, 1.0, 0), (0.0, 1.0, 1), (1.0, 0.0, 4), (0.0, 1.0, 10), (-1.0, -1.0, 3),
          (0.1, 0.7, 7), (0.0, 1.0, -1)]
