"""float32 array with float constants stays float32 (a * 0.1 rounds in float32); float32 + float32."""
import numpy as np


def ops(a, b):
    return a * 0.1, a + b, a / 3.0, a - 1


ENTRY = "ops"
SAMPLES = [(np.array([1.0, 2.0, 3.0], dtype=np.float32), np.array([0.5, 0.25, 0.125], dtype=np.float32))]
CHECKS = [(np.array([3.4e38, -0.0, np.nan], dtype=np.float32), np.array([3.4e38, 0.0, 1.0], dtype=np.float32)),
          (np.array([16777216.0, 1e-45], dtype=np.float32), np.array([1.0, 1e-45], dtype=np.float32)),
          (np.array([], dtype=np.float32), np.array([], dtype=np.float32))]
