"""An entry whose samples leave out defaulted parameters: they take their defaults, as in CPython."""


def scaled(xs, factor=2, label="n", strict=False):
    out = [x * factor for x in xs]
    if strict and any(x < 0 for x in xs):
        raise ValueError(f"{label}: negative input")
    return label, out


ENTRY = "scaled"
SAMPLES = [([1, 2, 3],), ([],)]
CHECKS = [([-1, 0],), ([2**61],)]
