"""np.full_like casts the fill to the array's dtype: 2.7 into int64 is 2; dtype= overrides the dtype."""
import numpy as np


def build(a, u):
    return np.full_like(a, 9), np.full_like(a, 2.7), np.full_like(u, 200), np.full_like(a, 0.5, dtype=np.float64)


ENTRY = "build"
SAMPLES = [(np.array([[1, 2], [3, 4]], dtype=np.int64), np.array([1, 2, 3], dtype=np.uint8))]
CHECKS = [(np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.uint8)),
          (np.array([[-5]], dtype=np.int64), np.array([255], dtype=np.uint8))]
