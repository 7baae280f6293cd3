"""np.maximum/np.minimum propagate nan; np.fmax/np.fmin ignore one nan (-inf/inf operands included)."""
import numpy as np


def mm(a, b):
    return np.maximum(a, b), np.minimum(a, b), np.fmax(a, b), np.fmin(a, b)


ENTRY = "mm"
SAMPLES = [(np.array([1.0, 5.0, -2.0]), np.array([3.0, 4.0, -2.5]))]
CHECKS = [(np.array([np.nan, 1.0, np.nan, -np.inf]), np.array([1.0, np.nan, np.nan, np.inf])),
          (np.array([-0.0, 2.0]), np.array([1.0, -7.0])), (np.array([]), np.array([]))]
