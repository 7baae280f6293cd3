"""np.floor, np.ceil, np.trunc and np.rint (half to even) on float64; ceil(-0.5) is -0.0."""
import numpy as np


def rnd(a):
    return np.floor(a), np.ceil(a), np.trunc(a), np.rint(a)


ENTRY = "rnd"
SAMPLES = [(np.array([1.5, -1.5, 2.5, 0.4]),)]
CHECKS = [(np.array([-0.5, -0.0, np.inf, np.nan, 4503599627370495.5, -2.5, 1e300]),), (np.array([]),)]
