"""Elementwise + of two int64 2-d arrays of equal shape; int64 overflow wraps silently in arrays."""
import numpy as np


def add(a, b):
    return a + b


ENTRY = "add"
_rng = np.random.default_rng(1)
SAMPLES = [(np.arange(20, dtype=np.int64).reshape(4, 5), np.full((4, 5), 3, dtype=np.int64))]
CHECKS = [(_rng.integers(-1000, 1000, (7, 3)), _rng.integers(-1000, 1000, (7, 3))),
          (np.zeros((0, 4), dtype=np.int64), np.zeros((0, 4), dtype=np.int64)),
          (np.array([[2**63 - 1, -(2**63)]], dtype=np.int64), np.array([[1, -1]], dtype=np.int64))]
