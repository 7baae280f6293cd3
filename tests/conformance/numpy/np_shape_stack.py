"""np.stack of equal-shape 1-d arrays along axis 0, 1 and -1 makes a new axis; unequal shapes raise ValueError."""
import numpy as np


def st(a, b):
    return np.stack([a, b]), np.stack([a, b, a], axis=1), np.stack((a, b), axis=-1).shape


ENTRY = "st"
SAMPLES = [(np.array([1, 2, 3]), np.array([4, 5, 6]))]
CHECKS = [(np.array([], dtype=np.int64), np.array([], dtype=np.int64)), (np.array([1, 2]), np.array([1, 2, 3]))]
