"""A returned float list prints each element like Python (-0.0, nan, inf, 1e-07, 1e+16)."""
import math


def scale(xs, k):
    out = []
    for x in xs:
        out.append(x * k)
    return out


ENTRY = "scale"
SAMPLES = [([1.0, -2.5, 0.1], 3.0)]
CHECKS = [([], 2.0), ([1.0, 0.0], -0.0), ([math.nan, math.inf, -math.inf], 1.0),
          ([1e-7, 1e16, 1e22, 0.1], 1.0), ([1e308], 10.0)]
