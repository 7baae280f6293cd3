"""Alpha blending two uint8 images in float32: (a * alpha + b * (1 - alpha)) rounded back to uint8 (alpha per pixel)."""
import numpy as np


def blend(a, b, alpha):
    x = a.astype(np.float32) * alpha[..., None] + b.astype(np.float32) * (1.0 - alpha[..., None])
    return np.round(x).astype(np.uint8)


ENTRY = "blend"
_rng = np.random.default_rng(50)
SAMPLES = [(np.full((2, 2, 3), 200, dtype=np.uint8), np.full((2, 2, 3), 100, dtype=np.uint8), np.array([[0.0, 0.25], [0.5, 1.0]], dtype=np.float32))]
CHECKS = [(_rng.integers(0, 256, (3, 5, 3), dtype=np.uint8), _rng.integers(0, 256, (3, 5, 3), dtype=np.uint8), _rng.random((3, 5), dtype=np.float32))]
