"""round(x) returns an int with ties to even; nan ValueError, inf OverflowError, 1e300 overflows."""
import math


def rnd(x):
    return round(x)


ENTRY = "rnd"
SAMPLES = [(2.5,), (-1.7,)]
CHECKS = [(0.5,), (1.5,), (-0.5,), (-2.5,), (0.49999999999999994,), (4503599627370497.0,),
          (-0.0,), (9.223372036854775e18,), (1e300,), (math.nan,), (math.inf,)]
