"""a.tolist() gives nested Python lists of Python ints / floats / bools (not numpy scalars)."""
import numpy as np


def tl(a, f, m):
    return a.tolist(), f.tolist(), m.tolist(), a[0].tolist()


ENTRY = "tl"
SAMPLES = [(np.array([[1, 2], [3, 4]], dtype=np.int32), np.array([0.5, -0.0, 1e300]), np.array([True, False]))]
CHECKS = [(np.array([[-2147483648, 0]], dtype=np.int32), np.array([]), np.array([], dtype=bool))]
