"""Int + - * and unary -/+ on 64-bit ints, up to the int64 limits."""


def int_ops(a, b):
    return a + b, a - b, a * b, -a, +b


ENTRY = "int_ops"
SAMPLES = [(7, 3), (-12, 5)]
CHECKS = [(0, 0), (-1, -1), (2**62, -(2**62)), (2**63 - 1, 0), (-(2**63) + 1, 1), (-(2**63), 0)]
