"""float64 (n,k) @ (k,m) with values in multiples of 1/4, so every summation order (BLAS included) is exact."""
import numpy as np


def mm(a, b):
    return a @ b, np.matmul(b.T, a.T)


ENTRY = "mm"
_rng = np.random.default_rng(11)
SAMPLES = [(np.arange(12, dtype=np.float64).reshape(3, 4) / 4, np.arange(8, dtype=np.float64).reshape(4, 2) - 3.5)]
CHECKS = [(_rng.integers(-64, 64, (20, 30)) / 4.0, _rng.integers(-64, 64, (30, 10)) / 4.0),
          (np.array([[np.inf, 1.0]]), np.array([[0.0], [1.0]])), (np.array([[np.nan, 0.0]]), np.array([[1.0], [2.0]]))]
