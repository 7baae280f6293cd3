"""np.expand_dims(a, 0), (a, -1) and (a, 1) of a 2-d array insert a size-1 axis."""
import numpy as np


def ed(a):
    return np.expand_dims(a, 0), np.expand_dims(a, -1), np.expand_dims(a, 1).shape


ENTRY = "ed"
SAMPLES = [(np.arange(6, dtype=np.uint8).reshape(2, 3),)]
CHECKS = [(np.zeros((0, 2), dtype=np.uint8),), (np.arange(21, dtype=np.uint8).reshape(7, 3),)]
