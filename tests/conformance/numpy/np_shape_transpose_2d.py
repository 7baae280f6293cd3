"""a.T, np.transpose(a) and a.transpose() of a 2-d array; the transposed shape."""
import numpy as np


def tr(a):
    return a.T, np.transpose(a), a.transpose(), a.T.shape


ENTRY = "tr"
SAMPLES = [(np.arange(20, dtype=np.float64).reshape(4, 5),)]
CHECKS = [(np.arange(21, dtype=np.float64).reshape(7, 3),), (np.zeros((0, 3)),), (np.array([[1.5]]),)]
