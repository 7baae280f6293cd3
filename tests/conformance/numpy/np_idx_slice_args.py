"""a[s:e:st] with int arguments, negative bounds and steps; a step of 0 raises ValueError('slice step cannot be zero')."""
import numpy as np


def sl(a, s, e, st):
    return a[s:e:st]


ENTRY = "sl"
SAMPLES = [(np.arange(10, dtype=np.float32), 1, 8, 2), (np.arange(10, dtype=np.float32), 8, 1, -3)]
CHECKS = [(np.arange(10, dtype=np.float32), -1, -11, -1), (np.arange(5, dtype=np.float32), 0, 5, 0),
          (np.arange(5, dtype=np.float32), -100, 100, 1), (np.arange(5, dtype=np.float32), 4, 4, 1),
          (np.array([], dtype=np.float32), 0, 3, 1), (np.arange(6, dtype=np.float32), 5, -7, -2)]
