"""Constant slices of a 1-d array: a[1:4], a[::2], a[::-1], a[-3:], a[5:1:-2], and clamping of a[2:100]."""
import numpy as np


def sl(a):
    return a[1:4], a[::2], a[::-1], a[-3:], a[5:1:-2], a[2:100], a[:-1]


ENTRY = "sl"
SAMPLES = [(np.arange(10),)]
CHECKS = [(np.array([], dtype=np.int64),), (np.array([7]),), (np.arange(3),), (np.arange(7) * -1,)]
