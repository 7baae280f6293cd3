"""Floating-point surgery: frexp/ldexp, modf, trunc, fmod and remainder, nextafter, ulp, copysign on edge values."""
import math


def decompose(x):
    m, e = math.frexp(x)
    frac, whole = math.modf(x)
    return [m, e, math.ldexp(m, e), frac, whole, math.copysign(1.0, x), math.ulp(x),
            math.nextafter(x, math.inf), math.nextafter(x, -math.inf), math.nextafter(x, x)]


def wrap_angle(theta):
    return math.remainder(theta, math.tau)


def safe(op, x, y):
    try:
        if op == "fmod":
            return str(math.fmod(x, y))
        if op == "remainder":
            return str(math.remainder(x, y))
        if op == "ldexp":
            return str(math.ldexp(x, int(y) if math.isfinite(y) else 0))
        return str(math.trunc(x)) if not (math.isfinite(x) and abs(x) >= 1e18) else "big"
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def run(x, y):
    return (decompose(x), wrap_angle(x) if math.isfinite(x) else 0.0,
            [safe(op, x, y) for op in ("fmod", "remainder", "ldexp", "trunc")],
            [math.remainder(5.0, 2.0), math.remainder(7.0, 2.0), math.remainder(-5.0, 2.0), math.fmod(-7.0, 2.0),
             math.ldexp(1.0, -1080), math.ldexp(-3.0, 10**6 * 0 - 5000), math.ulp(5e-324), math.ulp(1.7976931348623157e308),
             math.trunc(-2.5), math.trunc(7), math.copysign(3, -0.0), math.pi, math.e, math.tau, math.inf, -math.inf])


ENTRY = "run"
SAMPLES = [(10.5, 3.0), (-7.25, 2.0), (1e300, 1e-300)]
CHECKS = [(0.0, 1.0), (-0.0, 5.0), (5e-324, 1.0), (1.7976931348623157e308, 2000.0), (float("inf"), 1.0),
          (float("-inf"), 2.0), (float("nan"), 1.0), (3.0, 0.0), (3.0, float("inf")), (6.0, 4.0), (-6.0, 4.0),
          (2.5, -0.5), (123456789.123, 1e-5), (1.0, -1100.0), (0.1, 60.0)]
