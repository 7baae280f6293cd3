"""Leaky ReLU np.where(x > 0, x, 0.01 * x) on float32 (0.01 * x rounds in float32)."""
import numpy as np


def leaky(x):
    return np.where(x > 0, x, 0.01 * x)


ENTRY = "leaky"
SAMPLES = [(np.array([[-100.0, 3.0], [-0.5, 0.0]], dtype=np.float32),)]
CHECKS = [(np.array([[-np.inf, np.nan]], dtype=np.float32),), (np.zeros((0, 2), dtype=np.float32),)]
