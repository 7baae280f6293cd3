"""A 1-d boolean mask selects rows of a 2-d array; a wrong mask length raises IndexError ('boolean index did not match ...')."""
import numpy as np


def rows(a, keep):
    return a[keep], a[:, 0][keep]


ENTRY = "rows"
SAMPLES = [(np.arange(12).reshape(4, 3), np.array([True, False, True, False]))]
CHECKS = [(np.arange(6).reshape(2, 3), np.array([False, False])), (np.arange(6).reshape(2, 3), np.array([True, True, True])),
          (np.zeros((0, 3), dtype=np.int64), np.array([], dtype=bool))]
