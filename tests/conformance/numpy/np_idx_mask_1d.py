"""Boolean mask a[a > 0] on a 1-d float64 array gives a 1-d copy of the selected elements (maybe empty)."""
import numpy as np


def pos(a):
    return a[a > 0], a[~(a > 0)], a[np.isnan(a)]


ENTRY = "pos"
SAMPLES = [(np.array([1.5, -2.0, 0.0, 3.0]),)]
CHECKS = [(np.array([]),), (np.array([-1.0, -2.0]),), (np.array([np.nan, 1.0, -np.inf]),)]
