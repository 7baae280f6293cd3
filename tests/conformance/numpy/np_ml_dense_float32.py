"""A float32 dense layer x @ W + b with tanh (transcendental) stays float32 [ulp: summation order]."""
import numpy as np


def dense(x, w, b):
    return np.tanh(x @ w + b)


ENTRY = "dense"
_rng = np.random.default_rng(22)
SAMPLES = [(_rng.standard_normal((2, 3)).astype(np.float32), _rng.standard_normal((3, 4)).astype(np.float32), np.zeros(4, dtype=np.float32))]
CHECKS = [(_rng.standard_normal((9, 3)).astype(np.float32), _rng.standard_normal((3, 4)).astype(np.float32), np.ones(4, dtype=np.float32))]
