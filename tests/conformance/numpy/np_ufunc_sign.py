"""np.sign of int32 and float64: -1/0/1 in the input dtype; sign(nan) is nan and sign(-0.0) is 0.0."""
import numpy as np


def sg(a, f):
    return np.sign(a), np.sign(f)


ENTRY = "sg"
SAMPLES = [(np.array([-5, 0, 7], dtype=np.int32), np.array([-2.5, 0.0, 3.0]))]
CHECKS = [(np.array([-2147483648, 2147483647], dtype=np.int32), np.array([-0.0, np.nan, -np.inf, 5e-324])),
          (np.array([], dtype=np.int32), np.array([]))]
