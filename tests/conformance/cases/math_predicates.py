"""math.isnan/isinf/isfinite/copysign/fabs on nan, infinities and signed zeros."""
import math


def preds(x):
    return (math.isnan(x), math.isinf(x), math.isfinite(x), math.copysign(1.0, x), math.fabs(x),
            math.copysign(x, -1.0))


ENTRY = "preds"
SAMPLES = [(1.5,), (-2.0,)]
CHECKS = [(0.0,), (-0.0,), (math.nan,), (math.inf,), (-math.inf,), (5e-324,), (-1e308,)]
