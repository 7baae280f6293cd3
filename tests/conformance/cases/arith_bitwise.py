"""Bitwise & | ^ ~ on ints as infinite two's complement (negatives included)."""


def bits(a, b):
    return a & b, a | b, a ^ b, ~a, ~b


ENTRY = "bits"
SAMPLES = [(12, 10), (-5, 3)]
CHECKS = [(0, 0), (-1, 0), (-1, -1), (2**63 - 1, -(2**63)), (-(2**63), -1), (255, -256)]
