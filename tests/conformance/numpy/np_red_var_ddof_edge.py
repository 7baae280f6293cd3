"""var/std with ddof >= n: the divisor is <= 0, NumPy warns and returns inf or nan; empty gives nan [ulp: summation order]."""
import numpy as np


def spread(a, ddof):
    return a.var(ddof=ddof), a.std(ddof=ddof)


ENTRY = "spread"
SAMPLES = [(np.array([1.0, 2.0, 4.0]), 1), (np.array([1.0, 3.0]), 0)]
CHECKS = [(np.array([1.0, 3.0]), 2), (np.array([1.0, 3.0]), 3), (np.array([5.0]), 1), (np.array([]), 0), (np.array([2.0, 2.0]), 2)]
