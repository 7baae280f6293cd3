"""Assigning a 1-d array into a 2-d row b[i] = v; a mismatched length raises ValueError ('could not broadcast ...')."""
import numpy as np


def put(a, i, v):
    b = a.copy()
    b[i] = v
    return b


ENTRY = "put"
SAMPLES = [(np.zeros((3, 2)), 1, np.array([1.5, 2.5]))]
CHECKS = [(np.zeros((3, 2)), -1, np.array([7.0])), (np.zeros((3, 2)), 0, np.array([1.0, 2.0, 3.0])), (np.zeros((3, 2)), 3, np.array([1.0, 2.0]))]
