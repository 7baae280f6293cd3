"""np.cumsum / .cumsum flat and along axis 0 and 1; int64 results for int32 input; float64 exact values."""
import numpy as np


def cs(a, f):
    return np.cumsum(a), a.cumsum(axis=0), np.cumsum(a, axis=1), f.cumsum()


ENTRY = "cs"
SAMPLES = [(np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32), np.array([0.5, 0.25, -1.0]))]
CHECKS = [(np.zeros((0, 3), dtype=np.int32), np.array([])), (np.full((2, 2), 2**31 - 1, dtype=np.int32), np.array([np.inf, -np.inf, 1.0]))]
