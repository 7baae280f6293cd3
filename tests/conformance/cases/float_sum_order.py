"""Parenthesized float sums keep their order: (x + y) + z differs from x + (y + z)."""


def sums(x, y, z):
    return (x + y) + z, x + (y + z), x * y * z, x * (y * z), x + y - x


ENTRY = "sums"
SAMPLES = [(0.1, 0.2, 0.3)]
CHECKS = [(1e16, 1.0, -1e16), (1e308, 1e308, -1e308), (0.7, 0.1, 0.3), (1e-300, 1e-300, 1e300),
          (1.0, 2.0**-53, 2.0**-53)]
