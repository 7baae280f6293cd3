"""int64 / int64 is true division giving float64; x / 0 is inf/-inf and 0 / 0 is nan."""
import numpy as np


def div(a, b):
    return a / b


ENTRY = "div"
SAMPLES = [(np.array([[7, -7], [1, 0]], dtype=np.int64), np.array([[2, 2], [3, 5]], dtype=np.int64))]
CHECKS = [(np.array([[1, -1, 0]], dtype=np.int64), np.array([[0, 0, 0]], dtype=np.int64)),
          (np.array([[2**53 + 1], [2**62]], dtype=np.int64), np.array([[1], [3]], dtype=np.int64))]
