"""np.asarray(a, dtype=np.float32) and np.array(a, dtype=np.int16) convert dtypes; same dtype asarray returns the same array."""
import numpy as np


def cv(a):
    f = np.asarray(a, dtype=np.float32)
    i = np.array(a, dtype=np.int16)
    same = np.asarray(a, dtype=np.int64) is a
    return f, i, same


ENTRY = "cv"
SAMPLES = [(np.array([1, -2, 70000]),)]
CHECKS = [(np.array([], dtype=np.int64),), (np.array([16777217, 32768]),)]
