"""np.hstack joins 1-d arrays end to end and 2-d arrays by columns; np.vstack turns 1-d arrays into rows."""
import numpy as np


def hv(a, b, m):
    return np.hstack([a, b]), np.vstack([a, b]), np.hstack([m, m]), np.vstack([m, a[: m.shape[1]]])


ENTRY = "hv"
SAMPLES = [(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]), np.arange(6, dtype=np.float64).reshape(2, 3))]
CHECKS = [(np.array([1.0, 2.0]), np.array([3.0, 4.0]), np.ones((1, 2))), (np.array([1.0, 2.0]), np.array([3.0]), np.ones((2, 2)))]
