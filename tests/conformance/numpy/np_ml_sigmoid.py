"""Sigmoid 1 / (1 + np.exp(-x)) on float64 (transcendental): saturates to 0 and 1; exp overflow gives 0 with a warning."""
import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


ENTRY = "sigmoid"
SAMPLES = [(np.array([0.0, 1.0, -1.0, 2.5]),)]
CHECKS = [(np.array([800.0, -800.0, 40.0, -40.0, np.nan]),), (np.array([]),), (np.linspace(-6, 6, 25),)]
