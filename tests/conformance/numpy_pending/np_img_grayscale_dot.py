"""Grayscale via img @ weights (float32 weights; uint8 @ float32 gives float32) [ulp: summation order of the 3-term dot]."""
import numpy as np

WEIGHTS = np.array([0.299, 0.587, 0.114], dtype=np.float32)


def gray(img):
    return img @ WEIGHTS


ENTRY = "gray"
_rng = np.random.default_rng(46)
SAMPLES = [(np.array([[[255, 255, 255], [10, 20, 30]]], dtype=np.uint8),)]
CHECKS = [(_rng.integers(0, 256, (5, 4, 3), dtype=np.uint8),), (np.zeros((2, 0, 3), dtype=np.uint8),)]
