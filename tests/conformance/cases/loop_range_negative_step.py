"""Counting down with range(n, -1, step) and collecting the visited values in a list."""


def countdown(n, step):
    out = []
    for i in range(n, -1, step):
        out.append(i)
    return out


ENTRY = "countdown"
SAMPLES = [(10, -3), (4, -1)]
CHECKS = [(0, -1), (-1, -1), (5, -10), (5, 1), (-10, 2), (9, -2)]
