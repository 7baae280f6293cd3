"""Unpacking a 3-d shape h, w, c = a.shape and computing with it; a.shape[-1], a.size and len()."""
import numpy as np


def attrs(a):
    h, w, c = a.shape
    return h * w, c, a.shape[-1], a.size // c, len(a), a.itemsize


ENTRY = "attrs"
SAMPLES = [(np.zeros((4, 5, 3), dtype=np.uint8),)]
CHECKS = [(np.zeros((1, 1, 1), dtype=np.uint8),), (np.zeros((10, 2, 4), dtype=np.uint8),)]
