"""Big ints to float and str: float(10**30 * a), 2**70 / b (correctly rounded), str(a * b * c)."""


def convert(a, b, c):
    x = float(10**30 * a)
    y = (2**70) / b
    s = str(a * b * c)
    return (x, y, s, len(s))


ENTRY = "convert"
SAMPLES = [(2**63 - 1, 3, 2**62), (7, 2, 1)]
CHECKS = [(-(2**63), -(2**63), -(2**63)), (0, 1, 0), (-3, 2**63 - 1, 5), (12345678901234567, -7, 99),
          (1, 2**53 + 1, 2**53 + 1), (2**62, 1, -1), (3, 0, 4), (-1, 3, 2**63 - 1)]
