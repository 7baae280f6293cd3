"""A function that returns an int on one path and None (by reaching its end) on another: int | None."""


def pick(x):
    if x > 0:
        return x


ENTRY = "pick"
SAMPLES = [(3,)]
CHECKS = [(0,), (-5,), (2**62,)]
