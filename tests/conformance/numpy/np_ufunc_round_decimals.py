"""np.round(a, 2) and np.round(a) (half to even): NumPy multiplies by 10**d, rints and divides."""
import numpy as np


def rnd(a):
    return np.round(a), np.round(a, 2), a.round(1), np.round(a, -1)


ENTRY = "rnd"
SAMPLES = [(np.array([0.5, 1.5, 2.675, -3.14159]),)]
CHECKS = [(np.array([0.125, 0.135, 15.0, 25.0, -0.004, np.nan, np.inf]),), (np.array([]),)]
