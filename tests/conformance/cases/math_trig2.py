"""Two-argument math: atan2 (signed zeros), hypot, fmod (sign of x), pow."""
import math


def two(x, y):
    return math.atan2(y, x), math.hypot(x, y), math.fmod(x, y), math.pow(x, y)


ENTRY = "two"
SAMPLES = [(3.0, 4.0), (-7.0, 2.0)]
CHECKS = [(-0.0, 1.0), (-1.0, -0.0), (7.0, -2.0), (1e300, 1e300), (math.inf, 2.0),
          (2.0, math.inf), (0.5, -3.0), (-2.0, 0.0)]
