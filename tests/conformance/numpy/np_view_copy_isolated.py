"""b[1:3].copy() is independent: writing it leaves b unchanged; np.array(b) copies too, np.asarray(b) does not."""
import numpy as np


def f(a):
    b = a.copy()
    c = b[1:3].copy()
    c[0] = -1
    d = np.array(b)
    d[0] = -2
    e = np.asarray(b)
    e[-1] = -3
    return b, c, d


ENTRY = "f"
SAMPLES = [(np.array([1.0, 2.0, 3.0, 4.0]),)]
CHECKS = [(np.array([5.0, 6.0, 7.0]),), (np.linspace(0, 1, 9),)]
