"""Min-max normalisation (x - min) / (max - min) per column; a constant column gives nan (0/0, RuntimeWarning)."""
import numpy as np


def normalise(x):
    lo = x.min(axis=0)
    hi = x.max(axis=0)
    return (x - lo) / (hi - lo)


ENTRY = "normalise"
SAMPLES = [(np.array([[1.0, 10.0], [3.0, 30.0], [2.0, 20.0]]),)]
CHECKS = [(np.array([[5.0, 1.0], [5.0, 2.0]]),), (np.arange(21, dtype=np.float64).reshape(7, 3) ** 2,)]
