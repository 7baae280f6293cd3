"""`and` / `or` on floats: nan is truthy, -0.0 is falsy, the operand itself comes back."""
import math


def andor_f(x, y):
    return x and y, x or y, not x, (x or y) and x


ENTRY = "andor_f"
SAMPLES = [(1.5, 2.5), (0.0, 3.0)]
CHECKS = [(-0.0, 1.0), (math.nan, 0.0), (0.0, -0.0), (-0.0, math.nan), (math.inf, 0.0),
          (5e-324, 1.0)]
