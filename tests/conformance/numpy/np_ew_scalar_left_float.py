"""Float constants on the left of float64 arrays: 1.0 - a, 1.0 / a (1/0 is inf), 2.0 ** a (transcendental: exp2/pow)."""
import numpy as np


def ops(a):
    return 1.0 - a, 1.0 / a, 2.0 ** a


ENTRY = "ops"
SAMPLES = [(np.array([0.5, 2.0, -1.0]),)]
CHECKS = [(np.array([0.0, -0.0, np.inf, np.nan, 1024.0, -1075.0]),), (np.array([]),)]
