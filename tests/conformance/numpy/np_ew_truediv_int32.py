"""int32 / int32 also gives float64 (not float32); an int32 array / 2 gives float64 too."""
import numpy as np


def div(a, b):
    return a / b, a / 2


ENTRY = "div"
SAMPLES = [(np.array([1, 2, 3], dtype=np.int32), np.array([3, 3, 3], dtype=np.int32))]
CHECKS = [(np.array([16777217, -5, 0], dtype=np.int32), np.array([1, 2, 0], dtype=np.int32)),
          (np.array([], dtype=np.int32), np.array([], dtype=np.int32))]
