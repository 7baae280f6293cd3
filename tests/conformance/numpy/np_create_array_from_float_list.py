"""np.array of a list of floats argument: a float64 1-d array, empty list included."""
import numpy as np


def build(xs):
    a = np.array(xs, dtype=np.float64)
    return a, a.shape, a.size


ENTRY = "build"
SAMPLES = [([1.5, -2.0, 3.25],), ([0.1],)]
CHECKS = [([],), ([float("nan"), float("inf"), -0.0],), ([1e308, -1e-308, 5e-324],), ([2.0] * 50,)]
