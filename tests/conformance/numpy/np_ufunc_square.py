"""np.square of int32 wraps on overflow (46341**2); of float64 overflows to inf; -0.0 squares to 0.0."""
import numpy as np


def sq(a, f):
    return np.square(a), np.square(f)


ENTRY = "sq"
SAMPLES = [(np.array([[1, -2], [3, 4]], dtype=np.int32), np.array([[0.5, -1.5]]))]
CHECKS = [(np.array([[46341, -46341]], dtype=np.int32), np.array([[1e200, -0.0], [np.nan, 0.1]])),
          (np.zeros((0, 2), dtype=np.int32), np.zeros((0, 3)))]
