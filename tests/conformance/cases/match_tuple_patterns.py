"""match on tuples with sequence patterns: literals, captures and wildcards in positions."""


def where(x, y):
    match (x, y):
        case (0, 0):
            return "origin"
        case (0, yy):
            return f"y-axis at {yy}"
        case (xx, 0):
            return f"x-axis at {xx}"
        case (xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case _:
            return "elsewhere"


def run(xs, ys):
    return [where(x, y) for x, y in zip(xs, ys)]


ENTRY = "run"
SAMPLES = [([0, 0, 3, 4, 5], [0, 2, 0, 4, 6])]
CHECKS = [([], []), ([-1], [-1])]
