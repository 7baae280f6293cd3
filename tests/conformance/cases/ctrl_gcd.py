"""Euclid's gcd with a while loop, a temporary and abs() of negative inputs."""


def gcd(a, b):
    a = abs(a)
    b = abs(b)
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


ENTRY = "gcd"
SAMPLES = [(48, 18), (-21, 14)]
CHECKS = [(0, 0), (0, 5), (7, 0), (2**62, 2**40), (2**63 - 1, 2**63 - 2), (-(2**63) + 1, 3)]
