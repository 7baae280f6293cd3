"""np.exp and np.log on float64 (transcendental): log(0) is -inf, log(-1) is nan, exp overflows to inf."""
import numpy as np


def el(a):
    return np.exp(a), np.log(a)


ENTRY = "el"
SAMPLES = [(np.array([0.0, 1.0, 2.0, 0.5]),)]
CHECKS = [(np.array([-0.0, -1.0, np.inf, -np.inf, np.nan, 709.0, 710.0, -745.2, 1e-300]),), (np.array([]),),
          (np.linspace(-5, 5, 21),)]
