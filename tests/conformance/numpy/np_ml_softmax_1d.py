"""Numerically stable softmax of a 1-d float64 vector (transcendental: exp): e = exp(x - max); e / e.sum()."""
import numpy as np


def softmax(x):
    e = np.exp(x - x.max())
    return e / e.sum()


ENTRY = "softmax"
SAMPLES = [(np.array([1.0, 2.0, 3.0]),)]
CHECKS = [(np.array([1000.0, 1000.0]),), (np.array([-1e300, 0.0]),), (np.array([5.0]),), (np.array([]),),
          (np.array([np.inf, 0.0]),)]
