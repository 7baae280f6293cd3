"""ImageNet-style normalisation (img / 255 - mean) / std with float32 per-channel constants broadcast over HxWx3."""
import numpy as np

MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)


def normalise(img):
    x = img.astype(np.float32) / 255.0
    return (x - MEAN) / STD


ENTRY = "normalise"
_rng = np.random.default_rng(44)
SAMPLES = [(np.array([[[0, 128, 255], [255, 255, 255]]], dtype=np.uint8),)]
CHECKS = [(_rng.integers(0, 256, (6, 5, 3), dtype=np.uint8),), (np.zeros((0, 2, 3), dtype=np.uint8),), (np.zeros((2, 2, 4), dtype=np.uint8),)]
