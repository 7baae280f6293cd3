"""np.clip and .clip with constant bounds on int64 and float64 arrays; nan stays nan."""
import numpy as np


def clip(a, f):
    return np.clip(a, 0, 10), a.clip(-3, 3), np.clip(f, -1.0, 1.0)


ENTRY = "clip"
SAMPLES = [(np.array([-5, 0, 5, 15]), np.array([-2.0, 0.5, 3.0]))]
CHECKS = [(np.array([], dtype=np.int64), np.array([np.nan, -np.inf, np.inf, -0.0])),
          (np.array([-(2**63), 2**63 - 1]), np.array([]))]
