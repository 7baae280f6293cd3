"""a.reshape(3, 4), a.reshape((2, 6)), np.reshape(a, (4, 3)) of a 12-element array; other sizes raise ValueError."""
import numpy as np


def rs(a):
    return a.reshape(3, 4), a.reshape((2, 6)), np.reshape(a, (4, 3))


ENTRY = "rs"
SAMPLES = [(np.arange(12),)]
CHECKS = [(np.arange(12) * -1,), (np.arange(10),), (np.array([], dtype=np.int64),)]
