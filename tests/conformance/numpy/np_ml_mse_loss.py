"""Mean squared error ((y - t) ** 2).mean() and mean absolute error np.abs(y - t).mean() (exact dyadic values)."""
import numpy as np


def losses(y, t):
    d = y - t
    return (d ** 2).mean(), np.abs(d).mean()


ENTRY = "losses"
SAMPLES = [(np.array([1.0, 2.0, 3.0]), np.array([1.5, 2.0, 2.0]))]
CHECKS = [(np.array([]), np.array([])), (np.array([np.inf]), np.array([np.inf])), (np.arange(64, dtype=np.float64) / 4, np.zeros(64))]
