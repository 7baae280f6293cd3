"""Reshaping between 1-d, 2-d and 3-d in row-major (C) order: (2, 3, 4) -> (6, 4) -> (4, 6) -> (24,)."""
import numpy as np


def rs(a):
    b = a.reshape(6, 4)
    c = b.reshape(4, 6)
    return b, c, c.reshape(-1), a.reshape(2, -1), a.reshape(4, 3, 2)


ENTRY = "rs"
SAMPLES = [(np.arange(24, dtype=np.int16).reshape(2, 3, 4),)]
CHECKS = [(np.arange(24, dtype=np.int16).reshape(4, 3, 2) * -1,), (np.arange(24, dtype=np.int16).reshape(1, 24, 1),)]
