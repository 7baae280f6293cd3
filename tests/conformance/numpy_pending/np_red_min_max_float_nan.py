"""min/max of float64 propagate nan (any nan gives nan); np.nanmax/np.nanmin skip it; inf bounds."""
import numpy as np


def mm(a):
    return a.min(), a.max(), np.nanmin(a), np.nanmax(a)


ENTRY = "mm"
SAMPLES = [(np.array([1.5, -2.0, 3.0]),)]
CHECKS = [(np.array([1.0, np.nan, 3.0]),), (np.array([-np.inf, np.inf]),), (np.array([np.nan, -1.0]),), (np.array([4.0]),)]
