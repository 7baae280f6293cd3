"""float64 array with a Python float argument: a * f, a / f, f - a; f may be 0.0, nan or inf."""
import numpy as np


def ops(a, f):
    return a * f, a / f, f - a


ENTRY = "ops"
SAMPLES = [(np.array([[1.0, 2.0], [3.0, -4.0]]), 0.5)]
CHECKS = [(np.array([[1.0, -1.0, 0.0]]), 0.0), (np.array([[1.0], [2.0]]), float("inf")),
          (np.array([[1.0, 2.0]]), float("nan")), (np.zeros((0, 3)), 2.0), (np.array([[0.1, 0.2, 0.3]]), 3.0)]
