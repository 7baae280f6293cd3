"""Module-level int and float constants read by the entry and by a helper."""

SCALE = 3
OFFSET = -7
RATE = 0.25
LIMIT = 2**62


def scaled(n):
    return n * SCALE + OFFSET


def apply(n, x):
    v = scaled(n)
    if v > LIMIT:
        v = LIMIT
    return v, x * RATE + OFFSET


ENTRY = "apply"
SAMPLES = [(5, 2.0), (-3, 0.5)]
CHECKS = [(0, 0.0), (2 * 10**18, 1.0), (3 * 10**18, -0.0), (1537228672809129301, 1e16)]
