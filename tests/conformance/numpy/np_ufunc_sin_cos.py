"""np.sin and np.cos of float64 (transcendental): sin(-0.0) is -0.0, sin(inf) is nan."""
import numpy as np


def trig(a):
    return np.sin(a), np.cos(a)


ENTRY = "trig"
SAMPLES = [(np.array([0.0, np.pi / 6, np.pi / 2, 1.0]),)]
CHECKS = [(np.array([-0.0, np.inf, np.nan, 1e22, -3.0, 100.0]),), (np.array([]),), (np.linspace(-7, 7, 15),)]
