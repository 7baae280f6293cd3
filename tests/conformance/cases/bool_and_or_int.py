"""`and` / `or` on ints return an operand, `not` returns a bool."""


def andor(a, b):
    return a and b, a or b, not a, not b, a and b or a


ENTRY = "andor"
SAMPLES = [(3, 5), (0, 7)]
CHECKS = [(4, 0), (0, 0), (-1, 2), (-(2**63), 0), (2**63 - 1, -(2**63))]
