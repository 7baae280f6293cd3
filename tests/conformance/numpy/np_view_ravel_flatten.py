"""ravel() of a contiguous array is a view (writes reach b), flatten() is always a copy; ravel of b.T copies."""
import numpy as np


def f(a):
    b = a.copy()
    r = b.ravel()
    r[0] = -1
    fl = b.flatten()
    fl[1] = -2
    rt = b.T.ravel()
    rt[-1] = -3
    return b, r, fl, rt


ENTRY = "f"
SAMPLES = [(np.arange(6).reshape(2, 3),)]
CHECKS = [(np.arange(2).reshape(1, 2),), (np.arange(20).reshape(4, 5),)]
