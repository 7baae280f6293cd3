"""Flipping an image with ::-1: horizontal img[:, ::-1], vertical img[::-1], both, and RGB -> BGR img[..., ::-1]."""
import numpy as np


def flips(img):
    return img[:, ::-1], img[::-1], img[::-1, ::-1], img[..., ::-1]


ENTRY = "flips"
SAMPLES = [(np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3),)]
CHECKS = [(np.arange(7 * 5 * 3, dtype=np.uint8).reshape(7, 5, 3),), (np.zeros((1, 0, 3), dtype=np.uint8),)]
