"""min/max of int8 and uint8 arrays keep the element dtype (np.int8 / np.uint8 scalars); argmax over axis 1."""
import numpy as np


def red(a, u):
    return a.min(), a.max(), u.max(), u.min(axis=0), a.argmax(axis=1)


ENTRY = "red"
SAMPLES = [(np.array([[-128, 5], [127, 0]], dtype=np.int8), np.array([[0, 255], [7, 9]], dtype=np.uint8))]
CHECKS = [(np.array([[3, 3, 3]], dtype=np.int8), np.array([[1, 2, 3]], dtype=np.uint8)),
          (np.arange(-10, 11, dtype=np.int8).reshape(7, 3), np.arange(21, dtype=np.uint8).reshape(7, 3) * 12)]
