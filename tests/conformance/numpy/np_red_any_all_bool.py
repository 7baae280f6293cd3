"""any/all of bool arrays, whole and per axis; the empty any is False and the empty all is True."""
import numpy as np


def aa(m):
    return m.any(), m.all(), np.any(m, axis=0), np.all(m, axis=1), m.any(axis=-1, keepdims=True)


ENTRY = "aa"
SAMPLES = [(np.array([[True, False], [True, True]]),)]
CHECKS = [(np.zeros((0, 2), dtype=bool),), (np.zeros((2, 0), dtype=bool),), (np.ones((3, 3), dtype=bool),),
          (np.zeros((1, 4), dtype=bool),)]
