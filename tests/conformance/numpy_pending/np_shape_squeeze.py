"""squeeze removes size-1 axes: all of them, or only axis=0; squeezing an axis whose size is not 1 raises ValueError."""
import numpy as np


def sq(a):
    return a.squeeze(), np.squeeze(a, axis=0), a.squeeze(axis=2).shape


ENTRY = "sq"
SAMPLES = [(np.arange(5).reshape(1, 5, 1),)]
CHECKS = [(np.arange(2).reshape(1, 2, 1),), (np.arange(9).reshape(1, 9, 1),), (np.arange(6).reshape(2, 3, 1),),
          (np.arange(6).reshape(1, 3, 2),)]
