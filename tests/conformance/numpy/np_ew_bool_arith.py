"""bool arrays: + is logical or, * is logical and (results stay bool); bool + int8 is int8; bool + 1 is int64."""
import numpy as np


def ops(p, q, x):
    return p + q, p * q, p + x, p + 1, p.sum()


ENTRY = "ops"
SAMPLES = [(np.array([True, True, False, False]), np.array([True, False, True, False]),
            np.array([1, 2, 3, 127], dtype=np.int8))]
CHECKS = [(np.array([True]), np.array([True]), np.array([127], dtype=np.int8)),
          (np.array([], dtype=bool), np.array([], dtype=bool), np.array([], dtype=np.int8))]
