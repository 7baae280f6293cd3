"""Per-pixel channel max and argmax (img.max(axis=2), img.argmax(axis=-1)) and the per-channel histogram of maxima."""
import numpy as np


def cmax(img):
    arg = img.argmax(axis=-1)
    return img.max(axis=2), arg, np.bincount(arg.ravel(), minlength=img.shape[2])


ENTRY = "cmax"
_rng = np.random.default_rng(48)
SAMPLES = [(np.array([[[1, 5, 3], [9, 9, 0]]], dtype=np.uint8),)]
CHECKS = [(_rng.integers(0, 256, (6, 4, 3), dtype=np.uint8),), (np.zeros((0, 3, 3), dtype=np.uint8),)]
