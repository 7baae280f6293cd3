"""math.log with 1 and 2 args (log(x)/log(base), ZeroDivisionError for base 1), log2, log10."""
import math


def logs(x, base):
    return math.log(x), math.log(x, base), math.log2(x), math.log10(x)


ENTRY = "logs"
SAMPLES = [(8.0, 2.0), (1000.0, 10.0)]
CHECKS = [(2.0, 0.5), (1e-300, 10.0), (math.inf, 2.0), (1.0, 1.0), (5.0, 1.0), (0.0, 2.0),
          (-0.0, 2.0), (2.0, -2.0), (3.0, 0.0), (math.nan, 2.0)]
