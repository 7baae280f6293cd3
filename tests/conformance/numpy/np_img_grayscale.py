"""Grayscale 0.299 R + 0.587 G + 0.114 B of a uint8 image as float64 (written out left to right), then rounded to uint8."""
import numpy as np


def gray(img):
    r = img[..., 0].astype(np.float64)
    g = img[..., 1].astype(np.float64)
    b = img[..., 2].astype(np.float64)
    y = 0.299 * r + 0.587 * g + 0.114 * b
    return y, np.round(y).astype(np.uint8)


ENTRY = "gray"
_rng = np.random.default_rng(45)
SAMPLES = [(np.array([[[255, 255, 255], [255, 0, 0]], [[0, 255, 0], [0, 0, 255]]], dtype=np.uint8),)]
CHECKS = [(_rng.integers(0, 256, (6, 9, 3), dtype=np.uint8),), (np.zeros((0, 3, 3), dtype=np.uint8),)]
