"""for x in a: over a 1-d float32 array yields np.float32 scalars; counting positives and tracking the minimum."""
import numpy as np


def scan(a):
    count = 0
    lo = np.float32(np.inf)
    for x in a:
        if x > 0:
            count += 1
        if x < lo:
            lo = x
    return count, lo


ENTRY = "scan"
SAMPLES = [(np.array([1.5, -2.0, 3.0], dtype=np.float32),)]
CHECKS = [(np.array([], dtype=np.float32),), (np.array([np.nan, -1.0, np.nan], dtype=np.float32),), (np.array([-0.0, 0.0], dtype=np.float32),)]
