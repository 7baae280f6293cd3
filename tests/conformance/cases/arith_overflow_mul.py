"""Int * raises OverflowError when the product leaves int64 (-2**63 itself fits)."""


def mul(a, b):
    return a * b


ENTRY = "mul"
SAMPLES = [(6, 7), (-4, 9)]
CHECKS = [(-(2**32), 2**31), (3037000499, 3037000499), (-(2**63), 1), (2**63 - 1, -1),
          (-(2**63), 0), (2**32, 2**31), (3037000500, 3037000500), (-(2**63), -1),
          (2**62, -3)]
