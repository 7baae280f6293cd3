"""== and != between containers whose static item types differ: CPython compares item by item
(1.0 == 1, True == 1) and two empty containers are equal whatever they hold; only values that can
never be equal (a list and a tuple, str and int, tuples of different lengths) are decided early."""


def run(p, xs):
    mid = ((p[0] + p[2]) / 2, (p[1] + p[3]) / 2)
    halves = [x / 2 for x in xs]
    flags = [x > 0 for x in xs]
    words = [str(x) for x in xs]
    return [mid == (0, 0), mid != (0, 0), halves == [1, 2], flags == [1] * len(xs), flags != [True] * len(xs),
            (p[0] > p[1], p[0]) == (1, p[0]), words == xs, [] == [str(x) for x in xs], halves == (1.0, 2.0),
            (1, "a") == (1, 2), (mid, 1) == ((0.0, 0.0), True)]


ENTRY = "run"
SAMPLES = [([1, 2, 3, 4], [2, 4])]
CHECKS = [([1, 1, -1, -1], [2, 4]), ([0, 0, 0, 0], []), ([5, 1, 0, 0], [1]), ([2, 3, -2, -3], [0, 2])]
