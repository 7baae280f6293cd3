"""sum with the axis from an int argument; axis out of range raises AxisError('axis 2 is out of bounds for array of dimension 2')."""
import numpy as np


def sums(a, axis):
    return a.sum(axis=axis)


ENTRY = "sums"
SAMPLES = [(np.arange(6).reshape(2, 3), 0), (np.arange(6).reshape(2, 3), 1)]
CHECKS = [(np.arange(12).reshape(3, 4), -1), (np.arange(12).reshape(3, 4), -2), (np.arange(12).reshape(3, 4), 2),
          (np.arange(12).reshape(3, 4), -3)]
