"""float32 / float32 by zero gives +-inf or nan in float32; float32 // and % follow the float64 rules."""
import numpy as np


def div(a, b):
    return a / b, a // b, a % b


ENTRY = "div"
SAMPLES = [(np.array([1.0, -7.5, 3.0], dtype=np.float32), np.array([4.0, 2.0, -2.0], dtype=np.float32))]
CHECKS = [(np.array([1.0, -1.0, 0.0, np.nan], dtype=np.float32), np.array([0.0, 0.0, 0.0, 0.0], dtype=np.float32)),
          (np.array([1.0, 0.1], dtype=np.float32), np.array([-0.0, 0.01], dtype=np.float32)), (np.array([], dtype=np.float32), np.array([], dtype=np.float32))]
