"""reshape(r, c) with both sizes from int arguments; a mismatched total raises ValueError('cannot reshape array of size 6 into shape (4,2)')."""
import numpy as np


def rs(a, r, c):
    return a.reshape(r, c)


ENTRY = "rs"
SAMPLES = [(np.arange(6), 2, 3), (np.arange(6), 3, 2)]
CHECKS = [(np.arange(6), 6, 1), (np.arange(6), 4, 2), (np.arange(6), -2, -3), (np.array([], dtype=np.int64), 0, 5)]
