"""float32 sum stays float32 (exact values here); a float32 row sum with axis=1."""
import numpy as np


def total(a):
    return a.sum(), a.sum(axis=1), np.sum(a, dtype=np.float64)


ENTRY = "total"
SAMPLES = [(np.array([[0.5, 0.25], [1.0, 2.0]], dtype=np.float32),)]
CHECKS = [(np.zeros((0, 2), dtype=np.float32),), (np.full((3, 3), 3e38, dtype=np.float32),),
          (np.arange(100, dtype=np.float32).reshape(10, 10),)]
