"""ravel(), flatten() and reshape(-1) of 2-d and transposed arrays all give row-major order of the (viewed) array."""
import numpy as np


def fl(a):
    return a.ravel(), a.flatten(), a.T.ravel(), np.ravel(a[:, ::-1]), a.T.reshape(-1)


ENTRY = "fl"
SAMPLES = [(np.arange(6).reshape(2, 3),)]
CHECKS = [(np.arange(20).reshape(4, 5),), (np.zeros((3, 0), dtype=np.int64),)]
