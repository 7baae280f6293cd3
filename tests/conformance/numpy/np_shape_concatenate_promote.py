"""np.concatenate of 1-d arrays of different dtypes promotes: int32 + float32 -> float64, uint8 + int8 -> int16."""
import numpy as np


def cat(i, f, u, s):
    return np.concatenate([i, f]), np.concatenate([u, s]), np.concatenate([i, i, i])


ENTRY = "cat"
SAMPLES = [(np.array([1, 16777217], dtype=np.int32), np.array([0.5], dtype=np.float32), np.array([255], dtype=np.uint8),
            np.array([-1, -128], dtype=np.int8))]
CHECKS = [(np.array([], dtype=np.int32), np.array([], dtype=np.float32), np.array([], dtype=np.uint8), np.array([], dtype=np.int8))]
