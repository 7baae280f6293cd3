"""Modular power by squaring mod 2**61 - 1: each product of two residues passes 2**64 before the %."""


def powmod(base, exp):
    m = 2**61 - 1
    result = 1
    b = base % m
    e = exp
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e = e >> 1
    return result


ENTRY = "powmod"
SAMPLES = [(2**62 + 11, 2**62 - 3), (3, 5)]
CHECKS = [(2**63 - 1, 2**63 - 1), (-(2**63), 2**62 + 1), (-7, 2**61), (2**61 - 1, 5),
          (2**61 - 2, 2**61 - 2), (0, 0), (12345678901234567, 0), (5, -3),
          (4611686018427387847, 4611686018427387903)]
