"""Standardize a float64 vector, then the largest probability of its softmax, `reps` times:
NumPy reductions (mean, std, max, sum), broadcasting with scalars and np.exp."""

import numpy as np


def normalize_softmax(x: np.ndarray, reps: int) -> float:
    total = 0.0
    for _ in range(reps):
        z = (x - x.mean()) / (x.std() + 1e-6)
        e = np.exp(z - z.max())
        total += float((e / e.sum()).max())
    return total


ARGS = (np.linspace(-3.0, 3.0, 4096), 2000)
SAMPLE = (np.array([-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0]), 2)
ENTRY = normalize_softmax
