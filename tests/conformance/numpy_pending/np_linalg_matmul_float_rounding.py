"""float64 matmul of inexact values [ulp: summation order: NumPy calls BLAS (blocking, FMA) for float matmul]."""
import numpy as np


def mm(a, b):
    return a @ b


ENTRY = "mm"
_rng = np.random.default_rng(5)
SAMPLES = [(_rng.standard_normal((8, 16)), _rng.standard_normal((16, 4)))]
CHECKS = [(_rng.standard_normal((33, 65)), _rng.standard_normal((65, 17))), (np.full((2, 3), 0.1), np.full((3, 2), 0.1))]
