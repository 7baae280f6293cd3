"""np.power on int64 with an array exponent and on float64 (transcendental: pow) with a constant exponent 3.0."""
import numpy as np


def pw(a, f):
    return np.power(a, np.arange(a.shape[0])), np.power(f, 3.0)


ENTRY = "pw"
SAMPLES = [(np.array([5, -3, 2, 10]), np.array([1.5, -2.0, 0.1]))]
CHECKS = [(np.array([], dtype=np.int64), np.array([np.nan, np.inf, -np.inf])), (np.array([7]), np.array([1e103, -0.0]))]
