"""astype(bool): nonzero is True, so nan and -inf are True and -0.0 is False; ints likewise."""
import numpy as np


def cast(f, i):
    return f.astype(bool), i.astype(np.bool_)


ENTRY = "cast"
SAMPLES = [(np.array([0.0, 1.5, -2.0]), np.array([0, 1, -1], dtype=np.int16))]
CHECKS = [(np.array([np.nan, -0.0, -np.inf, 5e-324]), np.array([256, -32768], dtype=np.int16)), (np.array([]), np.array([], dtype=np.int16))]
