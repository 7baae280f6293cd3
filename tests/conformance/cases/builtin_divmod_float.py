"""q, r = divmod(x, y) on floats, unpacked; -0.0 and sign rules; ZeroDivisionError."""
import math


def dmf(x, y):
    q, r = divmod(x, y)
    return r, q, q * y + r


ENTRY = "dmf"
SAMPLES = [(7.5, 2.0), (-7.5, 2.0)]
CHECKS = [(7.5, -2.0), (-0.0, 1.0), (0.0, -1.0), (1.0, 0.1), (1.0, math.inf), (-1.0, math.inf),
          (math.inf, 1.0), (1.0, 0.0)]
