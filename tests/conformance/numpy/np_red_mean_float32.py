"""mean of a float32 array is float32; of a uint8 array is float64."""
import numpy as np


def avg(f, u):
    return f.mean(), u.mean(), f.mean(axis=0)


ENTRY = "avg"
SAMPLES = [(np.array([[1.0, 2.0], [3.0, 5.0]], dtype=np.float32), np.array([255, 0, 1], dtype=np.uint8))]
CHECKS = [(np.array([[0.5, 0.25]], dtype=np.float32), np.array([255] * 9, dtype=np.uint8)),
          (np.array([[3e38], [3e38]], dtype=np.float32), np.array([7], dtype=np.uint8))]
