"""Converting a uint8 image to float32 in [0, 1]: img.astype(np.float32) / 255.0 (and * (1 / 255) differs in the last bit)."""
import numpy as np


def to_float(img):
    f = img.astype(np.float32) / 255.0
    g = img.astype(np.float32) * (1.0 / 255.0)
    return f, g, f.dtype == np.float32


ENTRY = "to_float"
_rng = np.random.default_rng(43)
SAMPLES = [(np.array([[[0, 128, 255]]], dtype=np.uint8),)]
CHECKS = [(_rng.integers(0, 256, (5, 7, 3), dtype=np.uint8),), (np.arange(256, dtype=np.uint8).reshape(16, 16, 1),), (np.zeros((0, 4, 3), dtype=np.uint8),)]
