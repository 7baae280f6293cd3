"""3-d transposes: np.transpose(a, (2, 0, 1)), a.transpose(1, 0, 2), a.T (reverses all axes), np.swapaxes."""
import numpy as np


def tr(a):
    return np.transpose(a, (2, 0, 1)), a.transpose(1, 0, 2), a.T, np.swapaxes(a, 0, 2), np.moveaxis(a, 0, -1)


ENTRY = "tr"
SAMPLES = [(np.arange(24).reshape(2, 3, 4),)]
CHECKS = [(np.arange(30).reshape(5, 3, 2),), (np.zeros((2, 0, 1), dtype=np.int64),)]
