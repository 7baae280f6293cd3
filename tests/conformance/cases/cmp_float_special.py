"""Float comparisons with nan (all false but !=), signed zeros and infinities."""
import math


def cmp_ff(x, y):
    return x < y, x <= y, x == y, x != y, x > y, x >= y, x < y < math.inf


ENTRY = "cmp_ff"
SAMPLES = [(1.5, 2.5), (2.0, 2.0)]
CHECKS = [(math.nan, 1.0), (1.0, math.nan), (math.nan, math.nan), (0.0, -0.0), (-0.0, 0.0),
          (math.inf, math.inf), (-math.inf, math.inf), (5e-324, 0.0), (1.0, math.inf)]
