"""M @ v with an (n, k) M and a 1-d v of length k gives a 1-d (n,) result (float64, exact values)."""
import numpy as np


def mv(m, v):
    return m @ v


ENTRY = "mv"
SAMPLES = [(np.arange(12, dtype=np.float64).reshape(4, 3), np.array([1.0, 0.5, -2.0]))]
CHECKS = [(np.arange(14, dtype=np.float64).reshape(7, 2), np.array([0.25, 0.25])), (np.ones((2, 3)), np.ones(4)),
          (np.zeros((3, 0)), np.zeros(0))]
