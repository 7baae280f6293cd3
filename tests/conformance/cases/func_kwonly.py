"""Keyword-only parameters after a bare *, with and without defaults."""


def scale(values, *, factor, offset=0.0, round_to=-1):
    out = []
    for v in values:
        r = v * factor + offset
        if round_to >= 0:
            r = round(r, round_to)
        out.append(r)
    return out


def run(values, factor):
    return [scale(values, factor=factor), scale(values, offset=1.0, factor=factor),
            scale(values, factor=factor, round_to=1)]


ENTRY = "run"
SAMPLES = [([1.0, 2.25, -3.5], 2.0), ([0.1], 3.0)]
CHECKS = [([], 1.0), ([1.05, 2.675], 1.0)]
