"""Masked assignment b[b < 0] = 0 and b[mask] = a[mask] * 2 on copies of a float64 array."""
import numpy as np


def relu_like(a):
    b = a.copy()
    b[b < 0] = 0
    c = np.zeros_like(a)
    m = a > 1
    c[m] = a[m] * 2
    return b, c


ENTRY = "relu_like"
SAMPLES = [(np.array([[-1.0, 2.0], [3.0, -4.0]]),)]
CHECKS = [(np.zeros((0, 2)),), (np.array([[np.nan, -0.0, 1.5]]),), (np.arange(-10, 11, dtype=np.float64).reshape(7, 3),)]
