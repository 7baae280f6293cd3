"""match on lists: [], [x], [x, y], [first, *rest] patterns chosen by length."""


def describe(xs):
    match xs:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x + y}"
        case [first, *rest]:
            return f"first {first}, {len(rest)} more, last {rest[-1]}"


ENTRY = "describe"
SAMPLES = [([],), ([5],), ([1, 2, 3, 4],)]
CHECKS = [([3, 4],), ([0, 0, 0],)]
