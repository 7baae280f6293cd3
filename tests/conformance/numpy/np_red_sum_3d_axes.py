"""sum of a 3-d int32 array over each axis, over axis=(0, 2) and with keepdims; results are int64."""
import numpy as np


def sums(a):
    return a.sum(axis=0), a.sum(axis=1), a.sum(axis=2), a.sum(axis=(0, 2)), a.sum(axis=-2, keepdims=True)


ENTRY = "sums"
SAMPLES = [(np.arange(24, dtype=np.int32).reshape(2, 3, 4),)]
CHECKS = [(np.arange(30, dtype=np.int32).reshape(5, 3, 2) - 15,), (np.zeros((2, 0, 3), dtype=np.int32),),
          (np.full((2, 2, 2), 2**31 - 1, dtype=np.int32),)]
