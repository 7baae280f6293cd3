"""int32 @ int32 accumulates in int32 and wraps on overflow."""
import numpy as np


def mm(a, b):
    return a @ b


ENTRY = "mm"
SAMPLES = [(np.array([[1, 2], [3, 4]], dtype=np.int32), np.array([[5, 6], [7, 8]], dtype=np.int32))]
CHECKS = [(np.array([[65536, 65536]], dtype=np.int32), np.array([[32768], [32768]], dtype=np.int32)),
          (np.full((2, 3), 2**30, dtype=np.int32), np.full((3, 2), 2, dtype=np.int32))]
