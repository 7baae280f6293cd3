"""Matrix products of 256 x 256 float64 matrices: fxn's matmul (OpenBLAS on linux-x86_64 where
the machine has it) against NumPy's, which calls the same OpenBLAS."""

import numpy as np


def matmul_many(a, b, n):
    total = 0.0
    for _ in range(n):
        total += float((a @ b)[0, 0])
    return total


_rng = np.random.default_rng(1)
ARGS = (_rng.standard_normal((256, 256)), _rng.standard_normal((256, 256)), 50)
SAMPLE = (_rng.standard_normal((8, 8)), _rng.standard_normal((8, 8)), 2)
ENTRY = matmul_many
