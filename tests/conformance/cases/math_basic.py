"""math.sqrt/sin/cos/tan/exp/log/log2/log10/fabs on floats; nan passes, inf and negatives raise."""
import math


def basics(x):
    return (math.sqrt(x), math.sin(x), math.cos(x), math.tan(x), math.exp(x), math.log(x),
            math.log2(x), math.log10(x), math.fabs(-x))


ENTRY = "basics"
SAMPLES = [(0.5,), (2.0,)]
CHECKS = [(1.0,), (100.0,), (1e10,), (1e-300,), (709.0,), (math.nan,), (math.inf,), (-1.0,),
          (0.0,), (710.0,)]
