"""uint8 -> float32 / 255.0 stays float32; uint8 -> float64 / 255 is float64; the two differ in the last bits."""
import numpy as np


def norm(a):
    f32 = a.astype(np.float32) / 255.0
    f64 = a.astype(np.float64) / 255
    return f32, f64, f32.astype(np.float64) == f64


ENTRY = "norm"
SAMPLES = [(np.array([0, 1, 128, 255], dtype=np.uint8),)]
CHECKS = [(np.arange(256, dtype=np.uint8),), (np.array([], dtype=np.uint8),)]
