"""min()/max() of floats follow Python's order: the first argument wins ties and nan comparisons."""
import math


def mmf(x, y):
    return max(x, y), max(y, x), min(x, y), min(y, x), max(x, y, 0.0), min(0.0, x, y)


ENTRY = "mmf"
SAMPLES = [(1.5, -2.5), (2.0, 3.0)]
CHECKS = [(math.nan, 1.0), (1.0, math.nan), (0.0, -0.0), (-0.0, 0.0), (math.nan, math.nan),
          (math.inf, math.nan), (-math.inf, -1e308)]
