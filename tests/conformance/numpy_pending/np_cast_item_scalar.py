"""Python scalars from arrays: float(a.sum()), int(a.max()), a.item(i), bool(a.any()), a[i].item()."""
import numpy as np


def sc(a, i):
    return float(a.sum()), int(a.max()), a.item(i), bool((a > 2).any()), a[i].item() + 1


ENTRY = "sc"
SAMPLES = [(np.array([1, 5, 3], dtype=np.int16), 1)]
CHECKS = [(np.array([-7], dtype=np.int16), 0), (np.array([32767, 32767], dtype=np.int16), -1), (np.array([1, 2], dtype=np.int16), 2)]
