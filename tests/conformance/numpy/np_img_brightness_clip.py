"""Brightness +50 without wraparound: widen to int16, add, clip to [0, 255], back to uint8 (and the wrapping uint8 + 50 for contrast)."""
import numpy as np


def brighten(img):
    safe = np.clip(img.astype(np.int16) + 50, 0, 255).astype(np.uint8)
    wrapped = img + 50
    return safe, wrapped


ENTRY = "brighten"
SAMPLES = [(np.array([[[0, 100, 205], [206, 250, 255]]], dtype=np.uint8),)]
CHECKS = [(np.arange(256, dtype=np.uint8).reshape(8, 32, 1),), (np.zeros((0, 1, 3), dtype=np.uint8),)]
