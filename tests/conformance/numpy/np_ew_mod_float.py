"""float64 % takes the divisor's sign; x % 0.0 is nan; -0.0 and inf operands."""
import numpy as np


def mod(a, b):
    return a % b


ENTRY = "mod"
SAMPLES = [(np.array([7.5, -7.5, 7.5, -7.5]), np.array([2.0, 2.0, -2.0, -2.0]))]
CHECKS = [(np.array([1.0, -0.0, 0.0, np.inf, 5.0, -5.0]), np.array([0.0, 3.0, -3.0, 2.0, np.inf, np.inf])),
          (np.array([0.3, 1e300]), np.array([0.1, 1e-300]))]
