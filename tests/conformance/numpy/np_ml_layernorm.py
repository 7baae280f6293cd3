"""Layer norm over the last axis: (x - mean) / sqrt(var + eps) * gamma + beta [ulp: summation order] (mean/var per row)."""
import numpy as np


def layernorm(x, gamma, beta):
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-5) * gamma + beta


ENTRY = "layernorm"
_rng = np.random.default_rng(8)
SAMPLES = [(np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 2.0]]), np.ones(4), np.zeros(4))]
CHECKS = [(_rng.standard_normal((7, 8)), _rng.standard_normal(8), _rng.standard_normal(8)),
          (np.array([[1e6, -1e6]]), np.array([2.0, 0.5]), np.array([0.0, 1.0]))]
