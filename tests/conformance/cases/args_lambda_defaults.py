"""Local lambdas and functions with defaults and keyword calls."""


def run(x, k):
    scale = lambda v, factor=2: v * factor
    offset = lambda v, *, by=1: v + by

    def both(v, factor=3, by=0):
        return v * factor + by

    return [scale(x), scale(x, k), offset(x), offset(x, by=k), both(x), both(x, by=k), both(x, k, by=-k)]


ENTRY = "run"
SAMPLES = [(5, 3), (0, -1)]
CHECKS = [(2**30, 2**30), (-7, 0)]
