"""next() on generator expressions: the first match, or a default; a module constant read inside."""

THRESHOLD = 10


def first_big(xs):
    g = (x for x in xs if x > THRESHOLD)
    a = next(g, -1)
    b = next(g, -1)
    c = next((i for i, x in enumerate(xs) if x < 0), None)
    return a, b, c


ENTRY = "first_big"
SAMPLES = [([3, 12, -1, 40],), ([],)]
CHECKS = [([11],), ([-5, 5],)]
