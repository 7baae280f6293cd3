"""math.floor/ceil/trunc return ints; nan: ValueError, inf: OverflowError, 1e300: past int64."""
import math


def rounders(x):
    return math.floor(x), math.ceil(x), math.trunc(x)


ENTRY = "rounders"
SAMPLES = [(2.5,), (-2.5,)]
CHECKS = [(-0.0,), (0.5,), (-0.5,), (1e18,), (-9.223372036854776e18,), (4503599627370495.5,),
          (9.223372036854776e18,), (1e300,), (math.nan,), (math.inf,), (-math.inf,)]
