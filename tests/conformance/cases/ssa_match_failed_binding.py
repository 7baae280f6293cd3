"""A pattern that fails binds none of its names (the earlier versions stay visible after the
match); a pattern that matches but whose guard fails leaves its names bound, as in CPython."""


def resolve(a, b):
    x = -1
    y = -1
    match [a, b]:
        case [x, 0]:
            return f"zero second, first {x}"
        case [1 | 2 as y, x] if x > 10:
            return f"small {y} big {x}"
        case [(3 | 4) as y, 5] | [5, (3 | 4) as y]:
            return f"pair {y}"
        case _:
            pass
    return f"x={x} y={y}"


ENTRY = "resolve"
SAMPLES = [(5, 1), (1, 3), (2, 20)]
CHECKS = [(7, 0), (3, 5), (5, 4), (5, 6), (4, 4)]
