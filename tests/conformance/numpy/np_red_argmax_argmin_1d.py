"""argmax/argmin of 1-d arrays: the first index among ties; the first nan wins for float64."""
import numpy as np


def am(a, f):
    return a.argmax(), a.argmin(), np.argmax(f), np.argmin(f)


ENTRY = "am"
SAMPLES = [(np.array([3, 7, 7, -2, -2]), np.array([0.5, 2.0, -1.0]))]
CHECKS = [(np.array([5]), np.array([1.0, np.nan, 3.0, np.nan])), (np.array([1, 1, 1]), np.array([-np.inf, np.inf, -np.inf])),
          (np.array([-(2**63), 2**63 - 1]), np.array([-0.0, 0.0]))]
