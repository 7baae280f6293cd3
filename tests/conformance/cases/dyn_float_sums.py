"""sum() and math.prod() of floats without a start: CPython's result is the int 0 (1) for an empty
list and a float otherwise, so the result is dynamic; math functions, arithmetic, formatting and
comparisons take it as CPython does (math.sqrt(0) is 0.0, 0 / 0 says "division by zero")."""
import math


def summarize(xs, scale):
    total = sum(xs)
    norm = math.sqrt(sum(x * x for x in xs))
    prod = math.prod(xs)
    floor = math.floor(total)
    shown = f"{total:.3f}|{total}|{prod!r}"
    scaled = total * scale
    bigger = total > 1.5
    try:
        mean = sum(xs) / len(xs)
    except ZeroDivisionError as e:
        mean = str(e)
    return total, norm, prod, floor, shown, scaled, bigger, mean, math.atan2(total, 1.0), math.trunc(prod)


ENTRY = "summarize"
SAMPLES = [([1.5, 2.25, -0.5], 2.0)]
CHECKS = [([], 3.0), ([-0.0], 1.0), ([0.0, -0.0], -1.0), ([1e308, 1e308], 1.0), ([2.5], 0.0),
          ([float("nan")], 2.0)]
