"""int64 @ float64 promotes to float64; bool @ bool is bool (or of ands); int8 @ int16 is int16."""
import numpy as np


def mm(i, f, b, s, t):
    return i @ f, b @ b, s @ t


ENTRY = "mm"
SAMPLES = [(np.array([[1, 2], [3, 4]]), np.array([[0.5, 0.0], [0.0, 0.25]]), np.array([[True, False], [False, False]]),
            np.array([[1, 2]], dtype=np.int8), np.array([[300], [400]], dtype=np.int16))]
CHECKS = [(np.array([[2**53 + 1, 0], [0, 0]]), np.eye(2), np.ones((2, 2), dtype=bool), np.array([[127, 127]], dtype=np.int8),
           np.array([[300], [300]], dtype=np.int16))]
