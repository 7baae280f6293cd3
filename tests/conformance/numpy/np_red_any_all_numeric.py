"""any/all of int and float arrays test != 0: nan counts as true, -0.0 as false; comparisons inside any/all."""
import numpy as np


def aa(a, f):
    return a.any(), a.all(), np.any(f), np.all(f), (a > 2).any(), bool((f < 1).all())


ENTRY = "aa"
SAMPLES = [(np.array([0, 1, 2]), np.array([0.5, 2.0]))]
CHECKS = [(np.array([], dtype=np.int64), np.array([])), (np.array([3, 4]), np.array([np.nan, -0.0])),
          (np.array([0, 0]), np.array([-0.0, 0.0])), (np.array([-1]), np.array([np.nan]))]
