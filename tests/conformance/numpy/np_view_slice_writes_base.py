"""A basic slice is a view: writing v = b[1:3]; v[0] = 99 changes b."""
import numpy as np


def f(a):
    b = a.copy()
    v = b[1:3]
    v[0] = 99
    v[-1] += 1
    return b, v


ENTRY = "f"
SAMPLES = [(np.arange(5),)]
CHECKS = [(np.array([7, 8, 9]),), (np.arange(10) * 3,)]
