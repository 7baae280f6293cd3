"""Int + raises OverflowError when the sum leaves int64, never wraps."""


def add(a, b):
    return a + b


ENTRY = "add"
SAMPLES = [(1, 2), (-5, 3)]
CHECKS = [(2**63 - 2, 1), (-(2**63) + 1, -1), (2**63 - 1, -(2**63)), (2**62, 2**62),
          (2**63 - 1, 1), (-(2**63), -1), (-(2**63), -(2**63))]
