"""a @ b of int64 matrices: (n,k) @ (k,m) -> (n,m), exact integer sums that wrap on overflow."""
import numpy as np


def mm(a, b):
    return a @ b


ENTRY = "mm"
_rng = np.random.default_rng(3)
SAMPLES = [(np.arange(6).reshape(2, 3), np.arange(12).reshape(3, 4))]
CHECKS = [(_rng.integers(-100, 100, (7, 5)), _rng.integers(-100, 100, (5, 3))), (np.array([[2**62, 2**62]]), np.array([[2], [1]])),
          (np.ones((1, 1), dtype=np.int64), np.ones((1, 1), dtype=np.int64))]
