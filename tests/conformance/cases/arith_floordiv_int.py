"""Int // floors toward negative infinity; ZeroDivisionError; -2**63 // -1 overflows."""


def floordiv(a, b):
    return a // b


ENTRY = "floordiv"
SAMPLES = [(7, 2), (-7, 2)]
CHECKS = [(7, -2), (-7, -2), (0, 5), (0, -5), (-1, 3), (1, -3), (6, -3), (-6, 3),
          (2**63 - 1, -1), (-(2**63), 1), (-(2**63), 2**63 - 1), (5, 0), (0, 0), (-(2**63), -1)]
