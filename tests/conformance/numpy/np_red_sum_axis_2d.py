"""sum over axis=None/0/1/-1 of a 2-d int64 array: a scalar, column sums, row sums."""
import numpy as np


def sums(a):
    return a.sum(), a.sum(axis=0), a.sum(axis=1), np.sum(a, axis=-1)


ENTRY = "sums"
SAMPLES = [(np.arange(20).reshape(4, 5),)]
CHECKS = [(np.arange(21).reshape(7, 3) - 10,), (np.zeros((0, 3), dtype=np.int64),), (np.zeros((3, 0), dtype=np.int64),),
          (np.array([[5]]),)]
