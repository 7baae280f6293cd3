"""int() truncates floats (nan: ValueError, inf: OverflowError, 1e19: past int64); float() rounds ints."""
import math


def conv(x, n):
    return int(x), float(n), int(n), float(x)


ENTRY = "conv"
SAMPLES = [(3.99, 7), (-3.7, -2)]
CHECKS = [(-0.5, 2**53 + 1), (-0.0, 2**63 - 1), (-9.223372036854776e18, -(2**63)),
          (1e18, 2**53 + 3), (4503599627370497.0, 0), (9.223372036854776e18, 0), (1e19, 1),
          (math.nan, 0), (math.inf, 0), (-math.inf, 0)]
