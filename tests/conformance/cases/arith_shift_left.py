"""Int << : OverflowError past int64 (even for shifts >= 64), ValueError on negative counts."""


def shl(a, b):
    return a << b


ENTRY = "shl"
SAMPLES = [(1, 4), (-3, 2)]
CHECKS = [(1, 62), (-1, 63), (0, 100), (5, 0), (2**62 - 1, 1), (1, 63), (1, 64), (3, 62),
          (-1, 64), (7, -1)]
