"""round() of an int: unchanged, or to tens and hundreds with ties to even."""


def rounds(x):
    return round(x), round(x, 2), round(x, -1), round(x, -2)


ENTRY = "rounds"
SAMPLES = [(1234,)]
CHECKS = [(15,), (25,), (-25,), (-150,), (250,), (9223372036854775807,), (0,)]
