"""Nested tuple unpacking in assignments and in for loops over lists of tuples, with enumerate."""


def walk(names, xs, ys):
    points = list(zip(names, zip(xs, ys)))
    out = []
    for i, (name, (x, y)) in enumerate(points):
        out.append(f"{i}:{name}@{x},{y}")
    (first, (fx, fy)), *rest = points
    return out, first, fx + fy, len(rest)


ENTRY = "walk"
SAMPLES = [(["a", "b", "c"], [1, 2, 3], [4, 5, 6])]
CHECKS = [(["solo"], [0], [0]), ([], [], []), (["p", "q"], [7], [8, 9])]
