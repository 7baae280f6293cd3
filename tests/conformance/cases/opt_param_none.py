"""Parameters annotated `int | None` receiving None or an int, with `if x is None` defaults."""


def scaled(value: int, factor: int | None = None) -> int:
    if factor is None:
        factor = 2
    return value * factor


def label(n: int | None) -> str:
    if n is None:
        return "n/a"
    return f"#{n}"


def run(values, factor):
    f = None if factor == 0 else factor
    return [scaled(v, f) for v in values], [label(None), label(factor)], scaled(1), scaled(1, f)


ENTRY = "run"
SAMPLES = [([1, 2, 3], 0), ([4], 5)]
CHECKS = [([], -1)]
