"""np.array of a list of lists of ints: a 2-d int64 array; ragged rows raise ValueError."""
import numpy as np


def build(rows):
    a = np.array(rows, dtype=np.int64)
    return a, a.shape, a.ndim


ENTRY = "build"
SAMPLES = [([[1, 2, 3], [4, 5, 6]],), ([[7], [8], [9]],)]
CHECKS = [([[0, -1]],), ([[1, 2], [3]],), ([[10, 20, 30, 40]] * 5,)]
