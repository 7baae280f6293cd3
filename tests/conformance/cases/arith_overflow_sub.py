"""Int - raises OverflowError when the difference leaves int64."""


def sub(a, b):
    return a - b


ENTRY = "sub"
SAMPLES = [(10, 3), (-5, 8)]
CHECKS = [(-1, 2**63 - 1), (2**63 - 1, 2**63 - 1), (0, 2**63 - 1), (-(2**63), 1),
          (0, -(2**63)), (2**63 - 1, -1)]
