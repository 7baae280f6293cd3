"""np.where of an int32 and a float32 array promotes to float64; of int8 and uint8 to int16."""
import numpy as np


def pick(c, i, f, s, u):
    return np.where(c, i, f), np.where(c, s, u)


ENTRY = "pick"
SAMPLES = [(np.array([True, False, True]), np.array([1, 2, 16777217], dtype=np.int32), np.array([0.5, 0.1, 2.0], dtype=np.float32),
            np.array([-1, -2, -3], dtype=np.int8), np.array([200, 201, 202], dtype=np.uint8))]
CHECKS = [(np.array([], dtype=bool), np.array([], dtype=np.int32), np.array([], dtype=np.float32),
           np.array([], dtype=np.int8), np.array([], dtype=np.uint8))]
