"""Scaled dot-product attention weights softmax(q @ k.T / sqrt(d)) @ v on float64 (transcendental: exp) [ulp: summation order]."""
import numpy as np


def attention(q, k, v):
    d = q.shape[-1]
    s = q @ k.T / np.sqrt(d)
    s = s - s.max(axis=-1, keepdims=True)
    w = np.exp(s)
    w = w / w.sum(axis=-1, keepdims=True)
    return w @ v


ENTRY = "attention"
_rng = np.random.default_rng(33)
SAMPLES = [(_rng.standard_normal((3, 4)), _rng.standard_normal((5, 4)), _rng.standard_normal((5, 2)))]
CHECKS = [(_rng.standard_normal((7, 8)), _rng.standard_normal((6, 8)), _rng.standard_normal((6, 3))), (np.zeros((1, 2)), np.zeros((2, 2)), np.array([[1.0], [3.0]]))]
