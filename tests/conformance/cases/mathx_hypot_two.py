"""math.hypot of two coordinates at the edges: a NaN with its sign bit set still gives CPython's
+nan, infinities win over NaN, subnormals are divided by the larger coordinate as CPython 3.11
does (the last bits differ from rescaling by DBL_MIN), and huge values do not overflow."""
import math


def sign(x):
    return math.copysign(1.0, x)


def run(x, y):
    negative_nan = -float("nan")
    return [math.hypot(x, y), sign(math.hypot(negative_nan, y)), sign(math.hypot(x, negative_nan)),
            math.hypot(negative_nan, float("inf")), math.hypot(-float("inf"), y),
            math.hypot(5e-324, 5e-324), math.hypot(x * 1e-310, y * 1e-310), math.hypot(1e308, 1e308),
            math.hypot(-0.0, 0.0), sign(math.hypot(-0.0, -0.0)), math.hypot(x, 0.0), math.hypot(0.0, y)]


ENTRY = "run"
SAMPLES = [(3.0, 4.0), (-1.5, 2.25)]
CHECKS = [(0.0, -0.0), (1e-300, 1e-300), (float("inf"), float("nan")), (5e-324, -5e-324), (1e200, 1e-200),
          (-1.065e-309, -3.295e-309), (2.98e-309, 1.65e-310), (4.32e-309, -1.56e-309)]
