"""Zero padding by one pixel: out = np.zeros((h + 2, w + 2, c), np.uint8); out[1:-1, 1:-1] = img; and np.pad."""
import numpy as np


def pad(img):
    h, w, c = img.shape
    out = np.zeros((h + 2, w + 2, c), dtype=np.uint8)
    out[1:-1, 1:-1] = img
    return out, bool((out == np.pad(img, ((1, 1), (1, 1), (0, 0)))).all())


ENTRY = "pad"
SAMPLES = [(np.full((2, 3, 3), 9, dtype=np.uint8),)]
CHECKS = [(np.arange(60, dtype=np.uint8).reshape(4, 5, 3),), (np.zeros((0, 2, 1), dtype=np.uint8),)]
