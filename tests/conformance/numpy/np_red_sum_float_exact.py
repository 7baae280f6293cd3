"""float64 sum of values whose sums are exact (multiples of 1/8), so any summation order gives the same bits."""
import numpy as np


def total(a):
    return a.sum(), a.sum(axis=0), a.sum(axis=1)


ENTRY = "total"
SAMPLES = [(np.arange(20, dtype=np.float64).reshape(4, 5) / 8,)]
CHECKS = [(np.zeros((0, 4)),), (np.array([[-0.0, -0.0]]),), (np.arange(-300, 300, dtype=np.float64).reshape(30, 20) * 0.125,),
          (np.array([[np.inf, 1.0], [-np.inf, 2.0]]),), (np.array([[np.nan, 1.0]]),)]
