"""argmax/argmin along axis 0, 1 and -1 of 2-d and 3-d int arrays give int64 index arrays."""
import numpy as np


def am(a, b):
    return a.argmax(axis=0), a.argmin(axis=1), np.argmax(b, axis=-1), np.argmin(b, axis=0)


ENTRY = "am"
SAMPLES = [(np.array([[1, 9, 3], [7, 2, 8]]), np.arange(24).reshape(2, 3, 4) % 7)]
CHECKS = [(np.array([[5, 5]]), np.zeros((1, 2, 3), dtype=np.int64)), (np.arange(21).reshape(7, 3) % 4, np.arange(8).reshape(2, 2, 2) * -1)]
