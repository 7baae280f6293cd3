"""np.flip, np.flipud, np.fliplr and np.flip(axis=1) of a 2-d array equal the ::-1 slices."""
import numpy as np


def fl(a):
    return np.flip(a), np.flipud(a), np.fliplr(a), np.flip(a, axis=1)


ENTRY = "fl"
SAMPLES = [(np.arange(6).reshape(2, 3),)]
CHECKS = [(np.arange(20).reshape(4, 5),), (np.zeros((0, 2), dtype=np.int64),)]
