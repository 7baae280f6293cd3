"""b.T is a view: t[0, 1] = 7 writes b[1, 0]; a column slice b[:, 1] += 10 writes in place."""
import numpy as np


def f(a):
    b = a.copy()
    t = b.T
    t[0, 1] = 7
    col = b[:, 1]
    col += 10
    return b, t.shape


ENTRY = "f"
SAMPLES = [(np.zeros((3, 2), dtype=np.int32),)]
CHECKS = [(np.arange(12, dtype=np.int32).reshape(2, 6),), (np.arange(21, dtype=np.int32).reshape(7, 3),)]
