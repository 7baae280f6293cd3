"""np.sqrt of float64 is correctly rounded; sqrt(-1) is nan (RuntimeWarning), sqrt(-0.0) is -0.0."""
import numpy as np


def root(a):
    return np.sqrt(a)


ENTRY = "root"
SAMPLES = [(np.array([[4.0, 2.0], [0.25, 1e10]]),)]
CHECKS = [(np.array([[-1.0, -0.0, np.inf, np.nan]]),), (np.zeros((0, 2)),), (np.array([[5e-324], [1.7976931348623157e308]]),)]
