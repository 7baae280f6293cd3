"""HWC -> CHW with img.transpose(2, 0, 1) and a batch axis with [None]; back with np.moveaxis."""
import numpy as np


def chw(img):
    x = img.transpose(2, 0, 1)
    return x, x[None].shape, np.moveaxis(x, 0, -1)


ENTRY = "chw"
SAMPLES = [(np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3),)]
CHECKS = [(np.arange(4 * 5 * 4, dtype=np.uint8).reshape(4, 5, 4),), (np.zeros((0, 2, 3), dtype=np.uint8),)]
