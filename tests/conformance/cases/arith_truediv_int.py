"""Int / int gives a correctly rounded float (even past 2**53) and raises on zero."""


def truediv(a, b):
    return a / b


ENTRY = "truediv"
SAMPLES = [(7, 2), (-7, 2)]
CHECKS = [(1, 3), (-1, 3), (0, -5), (10**15, 7), (2**53 + 1, 3), (2**53 + 1, 1),
          (2**63 - 1, 2**62), (2**63 - 1, 1), (-(2**63), 7), (-(2**63), -1), (1, 0), (0, 0),
          (0, 2**53 + 1), (0, -(2**62)), (0, -(2**63)), (1, 2**62 + 1), (-1, 2**63 - 1)]
