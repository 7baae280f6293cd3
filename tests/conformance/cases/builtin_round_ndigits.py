"""round(x, n) returns a float rounded correctly from the exact binary value (2.675 -> 2.67)."""
import math


def rnd2(x, n):
    return round(x, n)


ENTRY = "rnd2"
SAMPLES = [(2.675, 2), (1234.5678, -2)]
CHECKS = [(0.125, 2), (0.375, 2), (-0.4, 0), (0.5, 0), (1.5, 0), (2.5, 0), (1e300, 2),
          (1e-300, 5), (123.456, 400), (123.456, -400), (5e-324, 323), (math.nan, 2),
          (math.inf, 1), (-math.inf, -1), (1.23456789e-7, 9), (15.0, -1), (25.0, -1)]
