"""np.arange with a step of 0 raises ZeroDivisionError('division by zero')."""
import numpy as np


def build(n, step):
    return np.arange(0, n, step)


ENTRY = "build"
SAMPLES = [(6, 2)]
CHECKS = [(6, 0), (0, 0), (-6, -2), (6, -1)]
