"""None / np.newaxis in an index adds a size-1 axis: a[None, :], a[:, None], a[..., np.newaxis]; then an outer difference."""
import numpy as np


def nx(a):
    return a[None, :], a[:, None], a[..., np.newaxis].shape, a[:, None] - a[None, :]


ENTRY = "nx"
SAMPLES = [(np.array([1, 4, 9]),)]
CHECKS = [(np.array([], dtype=np.int64),), (np.array([5]),), (np.arange(6),)]
