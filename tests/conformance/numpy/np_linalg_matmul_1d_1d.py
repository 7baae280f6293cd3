"""v @ w of two 1-d arrays is the inner product, a numpy scalar; np.dot(v, w) and v.dot(w) agree."""
import numpy as np


def dot(v, w):
    return v @ w, np.dot(v, w), v.dot(w)


ENTRY = "dot"
SAMPLES = [(np.array([1, 2, 3]), np.array([4, 5, 6]))]
CHECKS = [(np.array([], dtype=np.int64), np.array([], dtype=np.int64)), (np.array([2**62, 2**62]), np.array([1, 1])),
          (np.array([1, 2]), np.array([1, 2, 3]))]
