"""A match capture with a guard, rebound after the match to another type."""


def classify(px, py):
    match (px, py):
        case (0, 0):
            kind = "origin"
        case (x, 0) if x > 0:
            kind = "east"
        case (0, y):
            kind = f"axis y={y}"
        case (x, y):
            kind = f"at {x},{y}"
    x = len(kind)
    return kind, x


ENTRY = "classify"
SAMPLES = [(0, 0), (3, 0), (1, 2)]
CHECKS = [(-3, 0), (0, 5), (0, -1)]
