"""Global flags and a float accumulator rebound by several functions, read by others."""

enabled = True
scale = 1.0
level = "info"


def disable():
    global enabled
    enabled = False


def set_scale(x):
    global scale
    if x <= 0:
        raise ValueError("scale must be positive")
    scale = x


def apply(values):
    if not enabled:
        return []
    return [v * scale for v in values]


def run(values, new_scale):
    first = apply(values)
    set_scale(new_scale)
    second = apply(values)
    if new_scale > 10:
        disable()
    return [first, second, apply(values), enabled, level]


ENTRY = "run"
SAMPLES = [([1.0, 2.0], 2.0), ([0.5], 20.0)]
CHECKS = [([], 1.0), ([3.0], -1.0), ([1.5, 2.5], 0.5)]
