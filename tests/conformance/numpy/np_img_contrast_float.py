"""Contrast stretch in float32: (x - x.min()) / (x.max() - x.min()) * 255 then astype(np.uint8) truncation."""
import numpy as np


def stretch(img):
    x = img.astype(np.float32)
    lo = x.min()
    hi = x.max()
    y = (x - lo) / (hi - lo) * 255.0
    return y.astype(np.uint8)


ENTRY = "stretch"
SAMPLES = [(np.array([[50, 100], [150, 200]], dtype=np.uint8),)]
CHECKS = [(np.arange(0, 250, 10, dtype=np.uint8).reshape(5, 5),), (np.array([[7, 8, 9]], dtype=np.uint8),)]
