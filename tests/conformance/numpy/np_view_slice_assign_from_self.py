"""Overlapping self-assignment b[1:] = b[:-1] behaves as if the right side were copied first (a shift)."""
import numpy as np


def f(a):
    b = a.copy()
    b[1:] = b[:-1]
    c = a.copy()
    c[:-1] = c[1:]
    d = a.copy()
    d[::-1] = d
    return b, c, d


ENTRY = "f"
SAMPLES = [(np.array([1, 2, 3, 4, 5]),)]
CHECKS = [(np.array([9]),), (np.arange(8) * 2,)]
