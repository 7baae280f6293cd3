"""bool() of ints and floats (nan true, -0.0 false) and int()/float() of bools."""
import math


def conv(n, x, p):
    return bool(n), bool(x), int(p), float(p), bool(p), int(p) + n


ENTRY = "conv"
SAMPLES = [(3, 0.5, True), (0, 0.0, False)]
CHECKS = [(-1, -0.0, True), (0, math.nan, False), (2**63 - 1, 5e-324, False),
          (2**63 - 1, math.inf, True)]
