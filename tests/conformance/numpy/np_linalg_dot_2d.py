"""np.dot(a, b) and a.dot(b) of 2-d int32 arrays equal a @ b (int32 result)."""
import numpy as np


def dot(a, b):
    return np.dot(a, b), a.dot(b)


ENTRY = "dot"
SAMPLES = [(np.arange(6, dtype=np.int32).reshape(2, 3), np.arange(6, dtype=np.int32).reshape(3, 2))]
CHECKS = [(np.array([[1, -1]], dtype=np.int32), np.array([[3], [4]], dtype=np.int32)),
          (np.arange(21, dtype=np.int32).reshape(7, 3), np.arange(15, dtype=np.int32).reshape(3, 5))]
