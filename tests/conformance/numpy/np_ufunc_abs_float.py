"""np.abs of float64 clears the sign bit: abs(-0.0) is 0.0, abs(-inf) is inf, nan stays nan."""
import numpy as np


def absolute(a):
    return np.abs(a)


ENTRY = "absolute"
SAMPLES = [(np.array([-1.5, 2.0, 0.0]),)]
CHECKS = [(np.array([-0.0, -np.inf, np.nan, -5e-324, -1.7976931348623157e308]),), (np.array([]),)]
