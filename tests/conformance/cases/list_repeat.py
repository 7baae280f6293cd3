"""[x] * n for ints, floats and bools; n <= 0 gives an empty list."""


def rep(v, n):
    return [v] * n, [0.5] * n, [True] * (n // 2), [v, -v] * 2


ENTRY = "rep"
SAMPLES = [(7, 3), (-1, 1)]
CHECKS = [(0, 0), (5, -3), (2**63 - 1, 4), (1, 9)]
