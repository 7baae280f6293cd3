"""A float range generator (start, stop, step) with the accumulated error CPython shows."""


def frange(start, stop, step):
    if step == 0:
        raise ValueError("step must not be zero")
    x = start
    while (step > 0 and x < stop) or (step < 0 and x > stop):
        yield x
        x += step


def values(start, stop, step):
    return list(frange(start, stop, step))


ENTRY = "values"
SAMPLES = [(0.0, 1.0, 0.1), (1.0, 0.0, -0.25)]
CHECKS = [(0.0, 0.0, 1.0), (0.0, 1.0, 0.0), (-1.5, 1.5, 0.7)]
