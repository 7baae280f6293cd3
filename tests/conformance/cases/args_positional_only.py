"""Positional-only parameters (before `/`) next to ordinary and keyword-only ones."""


def clamp(value, lo, hi, /, *, strict=False):
    if lo > hi:
        raise ValueError("lo > hi")
    if strict and not lo <= value <= hi:
        raise ValueError(f"{value} outside [{lo}, {hi}]")
    return min(max(value, lo), hi)


def scale(x, /, factor=2):
    return x * factor


def run(v, lo, hi):
    return [clamp(v, lo, hi), scale(v), scale(v, 3), scale(v, factor=-1), clamp(v, lo, hi, strict=v > 100)]


ENTRY = "run"
SAMPLES = [(5, 0, 10), (-3, 0, 10)]
CHECKS = [(50, 0, 100), (150, 0, 100), (1, 5, 2)]
