"""The six comparison operators on ints, up to the int64 limits."""


def cmp6(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


ENTRY = "cmp6"
SAMPLES = [(1, 2), (5, 5)]
CHECKS = [(3, -3), (-(2**63), 2**63 - 1), (2**63 - 1, -(2**63)), (0, -0), (-1, -2)]
