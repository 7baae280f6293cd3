"""Reductions of bool arrays: mean is float64, min/max are np.bool_, argmax finds the first True, sum along an axis is int64."""
import numpy as np


def red(m):
    return m.mean(), m.max(), m.min(), m.argmax(), m.sum(axis=0)


ENTRY = "red"
SAMPLES = [(np.array([[False, True, True], [False, False, True]]),)]
CHECKS = [(np.zeros((3, 2), dtype=bool),), (np.ones((1, 4), dtype=bool),), (np.zeros((0, 2), dtype=bool),)]
