"""np.exp and np.log of float32 arrays stay float32 (transcendental: NumPy's float32 SIMD paths)."""
import numpy as np


def el(a):
    return np.exp(a), np.log(a)


ENTRY = "el"
SAMPLES = [(np.array([0.0, 1.0, 2.0, 0.5], dtype=np.float32),)]
CHECKS = [(np.array([-1.0, 88.7, 89.0, -104.0, np.nan, np.inf], dtype=np.float32),),
          (np.array([], dtype=np.float32),), (np.linspace(-3, 3, 13, dtype=np.float32),)]
