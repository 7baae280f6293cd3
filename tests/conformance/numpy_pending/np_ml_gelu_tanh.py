"""GELU, tanh approximation 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x**3))) (transcendental: tanh)."""
import numpy as np


def gelu(x):
    return 0.5 * x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (x + 0.044715 * x ** 3)))


ENTRY = "gelu"
SAMPLES = [(np.array([-1.0, 0.0, 1.0, 2.0]),)]
CHECKS = [(np.linspace(-5, 5, 41),), (np.array([np.inf, -np.inf, np.nan, 1e200]),), (np.array([]),)]
