"""reshape with -1 infers one dimension: a.reshape(-1, 2), a.reshape(n, -1), a.reshape(-1); two -1 raise ValueError."""
import numpy as np


def rs(a, n):
    return a.reshape(-1, 2), a.reshape(n, -1), a.reshape(-1)


ENTRY = "rs"
SAMPLES = [(np.arange(12, dtype=np.float32).reshape(3, 4), 3)]
CHECKS = [(np.arange(12, dtype=np.float32).reshape(6, 2), 4), (np.arange(12, dtype=np.float32).reshape(6, 2), 5),
          (np.arange(6, dtype=np.float32).reshape(2, 3), -1), (np.zeros((0, 4), dtype=np.float32), 2),
          (np.arange(6, dtype=np.float32).reshape(3, 2), 0)]
