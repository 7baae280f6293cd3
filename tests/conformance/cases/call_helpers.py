"""Calls between functions in the same file with positional args, int and float helpers."""


def square(v):
    return v * v


def norm2(dx, dy):
    return square(dx) + square(dy)


def midpoint(a, b):
    return (a + b) / 2.0


def dist(x1, y1, x2, y2):
    return norm2(x2 - x1, y2 - y1), midpoint(x1 * 1.0, x2 * 1.0)


ENTRY = "dist"
SAMPLES = [(0, 0, 3, 4), (1, -2, -5, 6)]
CHECKS = [(0, 0, 0, 0), (-1, -1, 1, 1), (0, 0, 2**31, 2**31), (0, 0, 3037000500, 0)]
