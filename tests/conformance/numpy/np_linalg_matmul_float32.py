"""float32 @ float32 gives float32 (exact small values: order-independent)."""
import numpy as np


def mm(a, b):
    return a @ b


ENTRY = "mm"
SAMPLES = [(np.array([[0.5, 1.0], [2.0, -1.5]], dtype=np.float32), np.array([[2.0, 0.0], [0.25, 4.0]], dtype=np.float32))]
CHECKS = [(np.arange(24, dtype=np.float32).reshape(6, 4) / 8, np.arange(20, dtype=np.float32).reshape(4, 5) - 10),
          (np.array([[3e38, 3e38]], dtype=np.float32), np.array([[1.0], [1.0]], dtype=np.float32))]
