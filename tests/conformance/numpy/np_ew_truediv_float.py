"""Float64 / by zero gives inf, -inf or nan (with a RuntimeWarning), never ZeroDivisionError."""
import numpy as np


def div(a, b):
    return a / b


ENTRY = "div"
SAMPLES = [(np.array([1.0, -3.0, 7.5]), np.array([2.0, 4.0, -0.5]))]
CHECKS = [(np.array([1.0, -1.0, 0.0, 1.0, np.nan, np.inf]), np.array([0.0, 0.0, 0.0, -0.0, 0.0, 0.0])),
          (np.array([1.0, 0.1, 1e-308]), np.array([3.0, 0.3, 1e10])),
          (np.array([]), np.array([]))]
