"""math domain/range errors (ValueError, OverflowError) from branches no sample traced."""
import math


def apply(k, x, y):
    if k == 0:
        return math.sqrt(x)
    elif k == 1:
        return math.log(x)
    elif k == 2:
        return math.exp(x)
    elif k == 3:
        return math.pow(x, y)
    elif k == 4:
        return math.fmod(x, y)
    elif k == 5:
        return math.atan2(x, y)
    return math.hypot(x, y)


ENTRY = "apply"
SAMPLES = [(0, 4.0, 0.0), (3, 2.0, 10.0)]
CHECKS = [(0, -1.0, 0.0), (0, -0.0, 0.0), (1, 0.0, 0.0), (1, -1.0, 0.0), (2, 1000.0, 0.0),
          (2, -1000.0, 0.0), (2, -math.inf, 0.0), (3, 0.0, -1.0), (3, 10.0, 400.0),
          (3, -8.0, 0.5), (3, -8.0, 3.0), (3, math.nan, 0.0), (3, 1.0, math.nan),
          (3, -math.inf, -3.0), (4, 1.0, 0.0), (4, math.inf, 1.0), (4, -7.0, 2.0),
          (4, 7.0, -2.0), (4, 1.0, math.inf), (5, 0.0, -0.0), (5, -0.0, -1.0),
          (6, math.inf, math.nan), (6, 3.0, 4.0), (6, 1e308, 1e308)]
