"""Binary threshold of a uint8 grayscale image: (img > 128) as uint8 * 255, and np.where(img > t, 255, 0).astype(np.uint8)."""
import numpy as np


def threshold(img, t):
    a = (img > 128).astype(np.uint8) * 255
    b = np.where(img > t, 255, 0).astype(np.uint8)
    return a, b


ENTRY = "threshold"
SAMPLES = [(np.array([[0, 128, 129], [255, 64, 200]], dtype=np.uint8), 100)]
CHECKS = [(np.arange(256, dtype=np.uint8).reshape(16, 16), 0), (np.arange(256, dtype=np.uint8).reshape(16, 16), 255),
          (np.zeros((0, 3), dtype=np.uint8), 5)]
