"""a.shape, a.ndim, a.size and len(a) of a 2-d array and of its slices, as Python ints/tuples."""
import numpy as np


def attrs(a):
    return a.shape, a.ndim, a.size, len(a), a[1:].shape, a[:, :1].shape, len(a.T)


ENTRY = "attrs"
SAMPLES = [(np.zeros((4, 5)),)]
CHECKS = [(np.zeros((7, 3)),), (np.zeros((1, 0)),), (np.zeros((0, 2)),)]
