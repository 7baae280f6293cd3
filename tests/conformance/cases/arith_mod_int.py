"""Int % takes the sign of the divisor; ZeroDivisionError; -2**63 % -1 is 0."""


def mod(a, b):
    return a % b


ENTRY = "mod"
SAMPLES = [(7, 3), (-7, 3)]
CHECKS = [(7, -3), (-7, -3), (0, -3), (6, -3), (-6, 3), (1, 2**63 - 1), (-1, 2**63 - 1),
          (-(2**63), 2**63 - 1), (-(2**63), -1), (2**63 - 1, -(2**63)), (7, 0)]
