"""Plain assignment aliases: c = b; c[0] = 1 changes b; b = b + 1 rebinds b to a new array, b += 1 does not."""
import numpy as np


def f(a):
    b = a.copy()
    c = b
    c[0] = 1
    b += 1
    d = b
    b = b + 1
    return b, c, d


ENTRY = "f"
SAMPLES = [(np.array([0, 0, 0]),)]
CHECKS = [(np.array([5]),), (np.arange(7),)]
