"""Float / with zero divisors (ZeroDivisionError even for nan), inf and underflow."""
import math


def fdiv(x, y):
    return x / y


ENTRY = "fdiv"
SAMPLES = [(1.0, 3.0), (-7.5, 2.0)]
CHECKS = [(1.0, 0.0), (-1.0, -0.0), (0.0, 0.0), (math.nan, 0.0), (math.inf, math.inf),
          (1.0, math.inf), (-1.0, math.inf), (1e308, 1e-308), (5e-324, 2.0), (0.3, 0.1)]
