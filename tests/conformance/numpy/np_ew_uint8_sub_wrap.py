"""uint8 - uint8 wraps (3 - 5 is 254); uint8 + 1 constant stays uint8 and wraps 255 to 0."""
import numpy as np


def sub(a, b):
    return a - b, a + 1


ENTRY = "sub"
SAMPLES = [(np.array([[10, 20], [30, 40]], dtype=np.uint8), np.array([[1, 2], [3, 4]], dtype=np.uint8))]
CHECKS = [(np.array([[3, 0, 255]], dtype=np.uint8), np.array([[5, 1, 0]], dtype=np.uint8)),
          (np.zeros((2, 0), dtype=np.uint8), np.zeros((2, 0), dtype=np.uint8))]
