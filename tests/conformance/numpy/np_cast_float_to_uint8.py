"""float32 in [0, 255] -> uint8 truncates (254.9 -> 254); rounding first with np.round gives 255; clip then cast."""
import numpy as np


def cast(a):
    return a.astype(np.uint8), np.round(a).astype(np.uint8), np.clip(a * 300.0, 0, 255).astype(np.uint8)


ENTRY = "cast"
SAMPLES = [(np.array([0.0, 0.5, 254.9, 127.5], dtype=np.float32),)]
CHECKS = [(np.array([255.0, 1.5, 2.5, 0.999], dtype=np.float32),), (np.array([], dtype=np.float32),)]
