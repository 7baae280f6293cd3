"""Float % takes the divisor's sign: -0.0 results, inf operands, ZeroDivisionError."""
import math


def fmod_op(x, y):
    return x % y


ENTRY = "fmod_op"
SAMPLES = [(7.5, 2.0), (-7.5, 2.0)]
CHECKS = [(7.5, -2.0), (-7.5, -2.0), (0.0, -2.0), (-0.0, 2.0), (6.0, -3.0), (-6.0, 3.0),
          (1.0, math.inf), (-1.0, math.inf), (1.0, -math.inf), (math.inf, 2.0), (1.0, 0.1),
          (1e-300, -1e300), (5.0, 0.0)]
