"""Float comparisons with nan are False except !=; -0.0 == 0.0; inf compares as the largest value."""
import numpy as np


def cmp(a, b):
    return a < b, a == b, a != b, a >= b


ENTRY = "cmp"
SAMPLES = [(np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 2.0]))]
CHECKS = [(np.array([np.nan, np.nan, -0.0, np.inf, -np.inf]), np.array([np.nan, 1.0, 0.0, 1e308, np.inf])),
          (np.array([]), np.array([]))]
