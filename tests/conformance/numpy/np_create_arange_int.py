"""np.arange with one, two and three int arguments, negative steps and empty results."""
import numpy as np


def build(a, b, step):
    return np.arange(b), np.arange(a, b), np.arange(a, b, step)


ENTRY = "build"
SAMPLES = [(2, 10, 3), (0, 5, 1)]
CHECKS = [(10, 2, -3), (5, 5, 1), (3, 0, 1), (-4, 4, 2), (0, -7, -1), (-3, -10, -4), (0, 1, 100)]
