"""float64 // rounds toward -inf; x // 0.0 is +-inf (nan for 0 // 0); inf // x is nan."""
import numpy as np


def fdiv(a, b):
    return a // b


ENTRY = "fdiv"
SAMPLES = [(np.array([7.5, -7.5, 1.0]), np.array([2.0, 2.0, 0.3]))]
CHECKS = [(np.array([1.0, -1.0, 0.0, np.inf, 5.0, -0.0]), np.array([0.0, 0.0, 0.0, 2.0, np.inf, 3.0])),
          (np.array([0.1, -0.1]), np.array([0.01, 0.01]))]
