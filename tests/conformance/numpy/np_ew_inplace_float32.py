"""In-place float32 ops on a copy: c *= 0.5, c += b, c /= 3.0 round in float32 each step."""
import numpy as np


def aug(a, b):
    c = a.copy()
    c *= 0.5
    c += b
    c /= 3.0
    return c


ENTRY = "aug"
SAMPLES = [(np.array([1.0, 2.0, 3.0], dtype=np.float32), np.array([0.1, 0.2, 0.3], dtype=np.float32))]
CHECKS = [(np.array([np.nan, np.inf, -0.0], dtype=np.float32), np.array([1.0, -np.inf, 0.0], dtype=np.float32)),
          (np.array([], dtype=np.float32), np.array([], dtype=np.float32))]
