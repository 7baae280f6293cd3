"""Batch norm at inference on an NCHW-like (n, c, l) float32 batch with per-channel stats broadcast via [:, None]."""
import numpy as np


def bn(x, mean, var, gamma, beta):
    inv = gamma / np.sqrt(var + np.float32(1e-5))
    return (x - mean[:, None]) * inv[:, None] + beta[:, None]


ENTRY = "bn"
SAMPLES = [(np.arange(12, dtype=np.float32).reshape(2, 2, 3), np.array([1.0, 2.0], dtype=np.float32), np.array([4.0, 0.25], dtype=np.float32),
            np.array([1.0, 2.0], dtype=np.float32), np.array([0.0, -1.0], dtype=np.float32))]
CHECKS = [(np.zeros((0, 2, 5), dtype=np.float32), np.zeros(2, dtype=np.float32), np.ones(2, dtype=np.float32), np.ones(2, dtype=np.float32),
           np.zeros(2, dtype=np.float32)),
          (np.ones((3, 2, 1), dtype=np.float32), np.zeros(2, dtype=np.float32), np.array([0.0, -1e-5], dtype=np.float32),
           np.ones(2, dtype=np.float32), np.zeros(2, dtype=np.float32))]
