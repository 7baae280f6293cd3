"""Center crop of an HxWxC uint8 image by slicing img[top:top + ch, left:left + cw] with offsets from the shape."""
import numpy as np


def crop(img, ch, cw):
    h, w = img.shape[0], img.shape[1]
    top = (h - ch) // 2
    left = (w - cw) // 2
    return img[top:top + ch, left:left + cw]


ENTRY = "crop"
_rng = np.random.default_rng(41)
SAMPLES = [(np.arange(6 * 8 * 3, dtype=np.uint8).reshape(6, 8, 3), 4, 4)]
CHECKS = [(_rng.integers(0, 256, (7, 9, 3), dtype=np.uint8), 3, 5), (_rng.integers(0, 256, (4, 4, 3), dtype=np.uint8), 4, 4),
          (_rng.integers(0, 256, (4, 4, 3), dtype=np.uint8), 0, 2), (_rng.integers(0, 256, (3, 3, 1), dtype=np.uint8), 5, 5)]
