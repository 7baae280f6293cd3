"""float64 -> float32 rounds to nearest even; values past float32's range become inf; tiny ones become 0 or subnormal."""
import numpy as np


def cast(a):
    b = a.astype(np.float32)
    return b, b.astype(np.float64)


ENTRY = "cast"
SAMPLES = [(np.array([0.1, 1.0, -2.5, 1.0 / 3.0]),)]
CHECKS = [(np.array([1e39, -1e39, 1e-46, 1e-40, np.nan, -0.0, 3.4028235e38, 16777217.0]),), (np.array([]),)]
