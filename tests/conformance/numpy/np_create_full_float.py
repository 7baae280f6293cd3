"""np.full with a Python float fill value (float64), including nan and inf fills."""
import numpy as np


def build(n, v):
    a = np.full((n, 2), v)
    return a, np.full(n, 0.5, dtype=np.float32)


ENTRY = "build"
SAMPLES = [(3, 2.5), (1, -0.125)]
CHECKS = [(0, 1.0), (4, float("nan")), (2, float("-inf")), (2, -0.0), (5, 1e-320)]
