"""float64 ** float64 (transcendental: pow): fractional exponents of negatives give nan; 0 ** -1 is inf."""
import numpy as np


def power(a, b):
    return a ** b, a ** 2, a ** 0.5


ENTRY = "power"
SAMPLES = [(np.array([2.0, 9.0, 1.5]), np.array([0.5, 2.0, -1.0]))]
CHECKS = [(np.array([-8.0, 0.0, -0.0, np.inf, np.nan, 1.0]), np.array([1.0 / 3.0, -1.0, -1.0, 0.5, 0.0, np.nan])),
          (np.array([10.0, 2.0]), np.array([308.5, -1075.0]))]
