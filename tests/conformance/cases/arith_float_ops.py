"""Float + - * and unary -/+ with signed zeros, inf, nan and overflow to inf."""
import math


def float_ops(x, y):
    return x + y, x - y, x * y, -x, +y


ENTRY = "float_ops"
SAMPLES = [(1.5, 2.25), (0.1, 0.2)]
CHECKS = [(-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (math.inf, -math.inf), (math.inf, 0.0),
          (math.nan, 1.0), (1e308, 1e308), (5e-324, -5e-324), (1e16, 1.0), (-1e-7, 3e-8)]
