"""Per-channel means of an HxWxC uint8 image img.mean(axis=(0, 1)) (float64; exact: integer sums below 2**53)."""
import numpy as np


def means(img):
    return img.mean(axis=(0, 1)), img.reshape(-1, img.shape[2]).mean(axis=0), img[..., 0].mean()


ENTRY = "means"
_rng = np.random.default_rng(42)
SAMPLES = [(np.arange(4 * 5 * 3, dtype=np.uint8).reshape(4, 5, 3),)]
CHECKS = [(_rng.integers(0, 256, (32, 24, 3), dtype=np.uint8),), (np.full((2, 2, 3), 255, dtype=np.uint8),)]
