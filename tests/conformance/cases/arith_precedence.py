"""Operator precedence and associativity: -a**2, a**b**c, a-b-c, mixed bitwise/arith."""


def prec(a, b, c):
    return (-a ** 2, a ** b ** c, a - b - c, -a // b, a * b % c, a + b * c, (a + b) * c,
            ~a & b | c ^ a << 1)


ENTRY = "prec"
SAMPLES = [(2, 3, 2), (3, 2, 2)]
CHECKS = [(-2, 3, 1), (5, 1, 7), (-3, 2, 1), (2, 0, 5), (2, 3, 0)]
