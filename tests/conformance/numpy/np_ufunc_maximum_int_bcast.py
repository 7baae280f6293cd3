"""np.maximum/np.minimum of an int16 2-d array with a 1-d array and with a constant (broadcast)."""
import numpy as np


def mm(a, b):
    return np.maximum(a, b), np.minimum(a, 0), np.maximum(a, 100)


ENTRY = "mm"
SAMPLES = [(np.array([[1, -5, 300], [7, 8, -9]], dtype=np.int16), np.array([0, 0, 400], dtype=np.int16))]
CHECKS = [(np.array([[-32768, 32767, 0]], dtype=np.int16), np.array([-1, -1, -1], dtype=np.int16)),
          (np.zeros((0, 3), dtype=np.int16), np.array([1, 2, 3], dtype=np.int16))]
