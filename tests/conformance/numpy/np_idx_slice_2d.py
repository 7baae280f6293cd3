"""2-d slicing: a[1:, ::2], a[:, 1], a[::-1, ::-1], a[1:3, 2:], a[:2] on (n, m) int arrays."""
import numpy as np


def sl(a):
    return a[1:, ::2], a[:, 1], a[::-1, ::-1], a[1:3, 2:], a[:2]


ENTRY = "sl"
SAMPLES = [(np.arange(20).reshape(4, 5),)]
CHECKS = [(np.arange(21).reshape(7, 3),), (np.arange(2).reshape(1, 2),), (np.zeros((0, 2), dtype=np.int64),)]
