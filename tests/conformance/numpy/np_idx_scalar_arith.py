"""Elements read by a[i] are numpy scalars: int8 + int8 stays int8 and wraps (RuntimeWarning), float32 * float32 stays float32; with a Python constant they become int64 / float64 (NumPy 1.x scalar rules)."""
import numpy as np


def f(a, x):
    s = a[0] + a[1]
    t = x[0] * x[1]
    return s, t, a[0] * 2, x[0] + 1


ENTRY = "f"
SAMPLES = [(np.array([3, 4], dtype=np.int8), np.array([0.5, 3.0], dtype=np.float32))]
CHECKS = [(np.array([100, 100], dtype=np.int8), np.array([3e38, 10.0], dtype=np.float32)),
          (np.array([-128, -1], dtype=np.int8), np.array([0.1, 0.1], dtype=np.float32))]
