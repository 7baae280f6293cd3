"""A parser returning `float | None` for invalid input; callers filter the Nones out."""


def parse_number(s: str) -> float | None:
    s = s.strip()
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        return None


def run(items):
    parsed = [parse_number(s) for s in items]
    valid = [p for p in parsed if p is not None]
    return parsed, sum(valid), len(valid)


ENTRY = "run"
SAMPLES = [(["1.5", "x", " 2 ", "", "-0.5"],)]
CHECKS = [([],), (["nan?", "1e3"],)]
# CPython returns the int 0 for sum() of an empty float sequence; fxn types the sum float and raises.
LIMITS = [(([],), "TypeError: fxn: sum() of an empty list of float is the int 0 in CPython, which a float result cannot hold; pass a float start: sum(xs, 0.0)")]
