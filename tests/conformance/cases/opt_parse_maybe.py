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
