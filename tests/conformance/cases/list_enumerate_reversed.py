"""enumerate(xs, start) and reversed(xs) iteration orders, and enumerate(reversed(...))."""


def walk(xs, start):
    a = [(i, x) for i, x in enumerate(xs, start)]
    b = [x for x in reversed(xs)]
    c = []
    for i, x in enumerate(reversed(xs)):
        c.append(i * 10 + x)
    return a, b, c, list(enumerate(xs))


ENTRY = "walk"
SAMPLES = [([5, 6, 7], 1), ([9], -3)]
CHECKS = [([], 0), ([1, 2], 2**62)]
