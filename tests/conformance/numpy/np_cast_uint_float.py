"""uint64 -> float64 (2**64 - 1 rounds to 2**64) and uint32 -> int64 keep values; uint8 -> int8 wraps (200 -> -56)."""
import numpy as np


def cast(a, b, c):
    return a.astype(np.float64), b.astype(np.int64), c.astype(np.int8)


ENTRY = "cast"
SAMPLES = [(np.array([1, 2**64 - 1, 2**63], dtype=np.uint64), np.array([4294967295, 0], dtype=np.uint32), np.array([200, 127, 128], dtype=np.uint8))]
CHECKS = [(np.array([], dtype=np.uint64), np.array([], dtype=np.uint32), np.array([], dtype=np.uint8))]
