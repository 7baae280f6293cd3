"""Bitwise ops on values past 64 bits: <<, >>, &, |, ^, ~ with negative operands (two's complement)."""


def bits(a, b):
    hi = a << 70
    return ((hi | b), (hi & ~b), ((a << 100) >> 99), ((a << 64) ^ b), ~(a << 64),
            (hi >> 70) == a, (hi ^ hi) | b)


ENTRY = "bits"
SAMPLES = [(5, 3), (-7, 12345)]
CHECKS = [(-1, -1), (0, -(2**63)), (2**63 - 1, 2**63 - 1), (-(2**63), 2**63 - 1), (-(2**63), -(2**63)),
          (1, 0), (-2, 1), (2**62, -(2**62)), (0, 0)]
