"""math.pi, e, tau, inf and nan in expressions; math.e ** 1000.0 overflows."""
import math


def consts(r):
    return math.pi * r * r, math.e ** r, math.tau * r, math.inf * r, math.nan + r, -math.inf < r


ENTRY = "consts"
SAMPLES = [(1.0,), (2.5,)]
CHECKS = [(0.0,), (-1.0,), (-0.0,), (709.0,), (1000.0,)]
