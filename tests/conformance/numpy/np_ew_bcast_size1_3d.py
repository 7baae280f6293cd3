"""Size-1 dimensions broadcast in 3-d: (n,1,k) * (1,m,1) gives (n,m,k)."""
import numpy as np


def mul(a, b):
    return a * b


ENTRY = "mul"
SAMPLES = [(np.arange(6).reshape(2, 1, 3), np.arange(4).reshape(1, 4, 1))]
CHECKS = [(np.arange(3).reshape(3, 1, 1), np.arange(2).reshape(1, 2, 1)),
          (np.ones((2, 3, 4), dtype=np.int64), np.arange(4).reshape(1, 1, 4)),
          (np.ones((2, 3, 4), dtype=np.int64), np.ones((1, 2, 4), dtype=np.int64))]
