"""mean of a 3-d int16 array over axis=-1, axis=(0, 1) and all axes (float64 results)."""
import numpy as np


def avg(a):
    return a.mean(axis=-1), a.mean(axis=(0, 1)), a.mean()


ENTRY = "avg"
SAMPLES = [(np.arange(24, dtype=np.int16).reshape(2, 3, 4),)]
CHECKS = [(np.arange(-16, 16, dtype=np.int16).reshape(4, 2, 4),), (np.full((1, 1, 2), 32767, dtype=np.int16),)]
