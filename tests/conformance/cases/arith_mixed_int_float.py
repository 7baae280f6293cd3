"""Int op float promotes to float exactly as CPython does (2**53 + 1 rounds)."""
import math


def mixed(n, x):
    return n + x, n - x, x * n, n / x, x / n


ENTRY = "mixed"
SAMPLES = [(3, 0.5), (-7, 2.0)]
CHECKS = [(2**53 + 1, 0.5), (2**63 - 1, 1.0), (-(2**63), -1.5), (1, math.nan), (-3, math.inf),
          (5, 0.0), (0, 2.0)]
