"""uint64 arithmetic beyond int64's range: 2**64 - 1 values, wrapping + and -, // and %."""
import numpy as np


def ops(a, b):
    return a + b, a - b, a // b, a % b, a > b


ENTRY = "ops"
SAMPLES = [(np.array([10, 2**63, 2**64 - 1], dtype=np.uint64), np.array([3, 2**63, 2], dtype=np.uint64))]
CHECKS = [(np.array([0, 1], dtype=np.uint64), np.array([1, 2**64 - 1], dtype=np.uint64)),
          (np.array([7], dtype=np.uint64), np.array([0], dtype=np.uint64))]
