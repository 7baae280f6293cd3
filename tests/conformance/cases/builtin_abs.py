"""abs() of ints (abs(-2**63) overflows) and floats (-0.0, nan, -inf)."""
import math


def absolutes(n, x):
    return abs(n), abs(x)


ENTRY = "absolutes"
SAMPLES = [(-5, -2.5), (3, 1.0)]
CHECKS = [(0, -0.0), (2**63 - 1, math.nan), (-(2**63) + 1, -math.inf), (-(2**63), 1.0)]
