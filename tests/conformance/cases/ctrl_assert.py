"""assert raises AssertionError when its condition is false."""


def checked_sqrt_floor(n):
    assert n >= 0
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r


ENTRY = "checked_sqrt_floor"
SAMPLES = [(17,)]
CHECKS = [(0,), (1,), (-1,), (10000,)]
