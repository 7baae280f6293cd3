"""len() of 1-d arrays and of empty slices; len() of a numpy scalar raises TypeError("object of type 'numpy.int64' has no len()")."""
import numpy as np


def ln(a, i):
    if i < 0:
        return len(a.sum()), 0
    return len(a), len(a[i:])


ENTRY = "ln"
SAMPLES = [(np.arange(5), 2)]
CHECKS = [(np.array([], dtype=np.int64), 0), (np.arange(5), 9), (np.arange(5), -1)]
