"""Bool arrays cast to int8, uint8, float32 and int64 give 0/1; a mask times 255 as uint8."""
import numpy as np


def cast(m):
    return m.astype(np.int8), m.astype(np.float32), m.astype(np.int64).sum(), m.astype(np.uint8) * 255


ENTRY = "cast"
SAMPLES = [(np.array([[True, False], [False, True]]),)]
CHECKS = [(np.zeros((0, 2), dtype=bool),), (np.ones((3, 1), dtype=bool),)]
