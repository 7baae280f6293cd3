"""max()/min() of a float list with nan and signed zeros: Python's left-to-right scan decides."""
import math


def fextremes(lst):
    return max(lst), min(lst)


ENTRY = "fextremes"
SAMPLES = [([1.5, -2.0, 3.25],), ([0.1],)]
CHECKS = [([math.nan, 1.0],), ([1.0, math.nan, 3.0],), ([0.0, -0.0],), ([-0.0, 0.0],),
          ([3.0, math.nan, 1.0],), ([],), ([-math.inf, math.inf],)]
