"""Elementwise - of float64 arrays: inf - inf is nan, -0.0 - 0.0 is -0.0, nan propagates."""
import numpy as np


def sub(a, b):
    return a - b


ENTRY = "sub"
SAMPLES = [(np.array([1.5, 2.0, -3.0]), np.array([0.5, 4.0, -3.0]))]
CHECKS = [(np.array([np.inf, -0.0, np.nan, 1e308, 0.1]), np.array([np.inf, 0.0, 1.0, -1e308, 0.3])),
          (np.array([]), np.array([])),
          (np.linspace(-1, 1, 9), np.linspace(1, -1, 9))]
