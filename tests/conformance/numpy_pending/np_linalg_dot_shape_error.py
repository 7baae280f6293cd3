"""np.dot with mismatched inner sizes raises ValueError('shapes (2,3) and (4,2) not aligned: 3 (dim 1) != 4 (dim 0)')."""
import numpy as np


def dot(a, b):
    return np.dot(a, b)


ENTRY = "dot"
SAMPLES = [(np.ones((2, 3), dtype=np.int64), np.ones((3, 2), dtype=np.int64))]
CHECKS = [(np.ones((2, 3), dtype=np.int64), np.ones((4, 2), dtype=np.int64)), (np.ones((1, 1), dtype=np.int64), np.ones((1, 6), dtype=np.int64))]
