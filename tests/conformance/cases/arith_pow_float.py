"""Float ** float: negative bases, nan/inf rules, OverflowError and 0.0 ** negative."""
import math


def fpow(x, y):
    return x ** y


ENTRY = "fpow"
SAMPLES = [(2.0, 0.5), (1.5, 3.0)]
CHECKS = [(2.0, -1.0), (-8.0, 3.0), (-2.0, -3.0), (0.0, 0.0), (math.nan, 0.0), (1.0, math.nan),
          (math.inf, -1.0), (-math.inf, 3.0), (-1.0, math.inf), (10.0, -400.0), (2.0, 1023.0),
          (-0.0, 3.0), (10.0, 400.0), (0.0, -1.0), (-0.0, -1.0)]
