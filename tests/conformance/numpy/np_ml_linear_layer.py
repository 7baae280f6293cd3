"""A dense layer x @ W + b then ReLU on float64 values in multiples of 1/8 (exact regardless of BLAS order)."""
import numpy as np


def dense(x, w, b):
    return np.maximum(x @ w + b, 0.0)


ENTRY = "dense"
_rng = np.random.default_rng(21)
SAMPLES = [(np.arange(6, dtype=np.float64).reshape(2, 3) / 8, np.arange(12, dtype=np.float64).reshape(3, 4) / 8 - 0.75, np.array([0.5, -0.5, 0.0, 1.0]))]
CHECKS = [(_rng.integers(-16, 16, (7, 5)) / 8.0, _rng.integers(-16, 16, (5, 4)) / 8.0, _rng.integers(-16, 16, 4) / 8.0),
          (np.zeros((0, 3)), np.ones((3, 4)), np.ones(4))]
