"""f(*t) with tuples: a point unpacked into a function's parameters, mixed with other arguments."""


def dist2(x1, y1, x2, y2):
    return (x2 - x1) ** 2 + (y2 - y1) ** 2


def describe(name, *coords, unit="m"):
    return f"{name}@{coords} {unit}"


def run(x, y):
    p = (x, y)
    origin = (0, 0)
    return [dist2(*origin, *p), dist2(*p, 3, 4), describe("p", *p), describe("o", *origin, *p, unit="cm")]


ENTRY = "run"
SAMPLES = [(3, 4), (-1, 2)]
CHECKS = [(0, 0), (100000, -100000)]
