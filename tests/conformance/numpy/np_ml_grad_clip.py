"""Gradient clipping by global norm: scale = min(1, max_norm / norm) with norm = sqrt(sum(g * g)) (exact small-integer sums)."""
import numpy as np


def clip(g, max_norm):
    norm = float(np.sqrt((g * g).sum()))
    scale = min(1.0, max_norm / (norm + 1e-6))
    return g * scale, norm


ENTRY = "clip"
SAMPLES = [(np.array([[3.0, 4.0], [0.0, 0.0]]), 1.0), (np.array([[0.5, 0.5]]), 10.0)]
CHECKS = [(np.zeros((2, 2)), 1.0), (np.array([[-6.0, 8.0], [0.0, 0.0]]), 5.0), (np.zeros((0, 2)), 1.0)]
