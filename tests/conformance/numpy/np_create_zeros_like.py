"""np.zeros_like keeps shape and dtype (float32 stays float32); -0.0 inputs give +0.0."""
import numpy as np


def build(a):
    return np.zeros_like(a), np.zeros_like(a, dtype=np.int64)


ENTRY = "build"
SAMPLES = [(np.array([[1.5, -2.0], [3.0, 4.0]], dtype=np.float32),)]
CHECKS = [(np.zeros((0, 3), dtype=np.float32),), (np.array([[-0.0, np.nan, np.inf]], dtype=np.float32),),
          (np.ones((5, 1), dtype=np.float32),)]
