"""np.ones_like with and without dtype=: the int16 input shape, with float32 and bool elements."""
import numpy as np


def build(a):
    return np.ones_like(a), np.ones_like(a, dtype=np.float32), np.ones_like(a, dtype=bool)


ENTRY = "build"
SAMPLES = [(np.array([3, -4, 5], dtype=np.int16),)]
CHECKS = [(np.array([], dtype=np.int16),), (np.array([32767, -32768], dtype=np.int16),),
          (np.arange(10, dtype=np.int16),)]
