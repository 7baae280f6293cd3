"""Float // floors like Python: negative operands, -0.0 results, inf, 0.5 // 0.1."""
import math


def ffloordiv(x, y):
    return x // y


ENTRY = "ffloordiv"
SAMPLES = [(7.5, 2.0), (-7.5, 2.0)]
CHECKS = [(7.5, -2.0), (-7.5, -2.0), (-0.0, 1.0), (0.0, -1.0), (1.0, math.inf), (-1.0, math.inf),
          (math.inf, 1.0), (0.5, 0.1), (1.0, 0.1), (1e300, 1e-300), (5.0, 0.0), (-0.0, -0.0)]
