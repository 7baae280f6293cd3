"""np.clip with array bounds broadcast per column; lo > hi gives hi (minimum(maximum(a, lo), hi))."""
import numpy as np


def clip(a, lo, hi):
    return np.clip(a, lo, hi)


ENTRY = "clip"
SAMPLES = [(np.arange(12, dtype=np.float64).reshape(3, 4), np.array([1.0, 2.0, 3.0, 4.0]), np.array([5.0, 6.0, 7.0, 8.0]))]
CHECKS = [(np.arange(6, dtype=np.float64).reshape(3, 2), np.array([4.0, 0.0]), np.array([2.0, 1.0])),
          (np.zeros((0, 2)), np.zeros(2), np.ones(2))]
