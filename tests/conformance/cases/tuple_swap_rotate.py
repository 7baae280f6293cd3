"""Simultaneous assignment evaluates the right side first: swaps, rotations and fibonacci steps."""


def rotate(a, b, c, n):
    for _ in range(n):
        a, b, c = b, c, a
    x, y = 0, 1
    for _ in range(n):
        x, y = y, x + y
    return (a, b, c), x


ENTRY = "rotate"
SAMPLES = [(1, 2, 3, 1), (1, 2, 3, 5)]
CHECKS = [(1, 2, 3, 0), (9, 8, 7, 30), (0, 0, 1, -1)]
