"""3-d slicing with ... and integers: a[:, 1:, ::2], a[..., 0], a[1], a[-1, :, ::-1]."""
import numpy as np


def sl(a):
    return a[:, 1:, ::2], a[..., 0], a[1], a[-1, :, ::-1]


ENTRY = "sl"
SAMPLES = [(np.arange(24, dtype=np.uint16).reshape(2, 3, 4),)]
CHECKS = [(np.arange(60, dtype=np.uint16).reshape(3, 4, 5),), (np.arange(6, dtype=np.uint16).reshape(3, 1, 2),)]
