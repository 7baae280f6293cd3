"""np.tanh of float64 (transcendental): saturates to +-1, keeps -0.0, nan passes through."""
import numpy as np


def th(a):
    return np.tanh(a)


ENTRY = "th"
SAMPLES = [(np.array([[0.0, 0.5], [-1.0, 2.0]]),)]
CHECKS = [(np.array([[-0.0, 20.0, -20.0, np.inf, -np.inf, np.nan]]),), (np.zeros((0, 4)),), (np.linspace(-3, 3, 12).reshape(3, 4),)]
