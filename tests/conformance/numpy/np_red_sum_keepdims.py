"""sum with keepdims=True keeps the reduced axes as size 1, so the result broadcasts back: a / a.sum(axis=1, keepdims=True)."""
import numpy as np


def sums(a):
    r = a.sum(axis=1, keepdims=True)
    c = np.sum(a, axis=0, keepdims=True)
    t = a.sum(keepdims=True)
    return r, c, t, a / r


ENTRY = "sums"
SAMPLES = [(np.array([[1.0, 3.0], [2.0, 2.0], [0.5, 0.5]]),)]
CHECKS = [(np.zeros((0, 2)),), (np.array([[1.0, -1.0]]),), (np.ones((4, 4)),)]
