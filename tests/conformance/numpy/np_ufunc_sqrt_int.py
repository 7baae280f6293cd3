"""np.sqrt of int64 and of int32 arrays gives float64 (a uint8 array is cast to int32 first: uint8 would give float16)."""
import numpy as np


def root(a, b):
    return np.sqrt(a), np.sqrt(b.astype(np.int32))


ENTRY = "root"
SAMPLES = [(np.array([0, 1, 4, 10]), np.array([9, 16, 255], dtype=np.uint8))]
CHECKS = [(np.array([-4, 2**53 + 1]), np.array([0], dtype=np.uint8)), (np.array([], dtype=np.int64), np.array([], dtype=np.uint8))]
