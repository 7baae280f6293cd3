"""A list of bools written in a stepped loop and returned (step 0 is a ValueError)."""


def flags(n, k):
    f = [False] * n
    for i in range(0, n, k):
        f[i] = not f[i]
    return f


ENTRY = "flags"
SAMPLES = [(7, 3), (4, 1)]
CHECKS = [(0, 1), (5, 10), (3, 0), (6, -1)]
