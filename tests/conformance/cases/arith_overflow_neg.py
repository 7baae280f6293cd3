"""Unary minus of -2**63 raises OverflowError; of 2**63 - 1 it does not."""


def neg(a):
    return -a


ENTRY = "neg"
SAMPLES = [(5,), (-3,)]
CHECKS = [(0,), (2**63 - 1,), (-(2**63) + 1,), (-(2**63),)]
