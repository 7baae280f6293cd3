"""Z-score standardisation (x - x.mean(axis=0)) / x.std(axis=0) [ulp: summation order]."""
import numpy as np


def zscore(x):
    return (x - x.mean(axis=0)) / x.std(axis=0)


ENTRY = "zscore"
_rng = np.random.default_rng(12)
SAMPLES = [(np.array([[1.0, 2.0], [3.0, 6.0], [5.0, 10.0]]),)]
CHECKS = [(_rng.normal(5.0, 2.0, (9, 4)),), (np.array([[1.0, 1.0], [1.0, 2.0]]),)]
