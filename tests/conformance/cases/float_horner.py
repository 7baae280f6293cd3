"""Horner polynomial evaluation r = r * x + c: an FMA contraction would change the last bits."""


def horner(coeffs, x):
    r = 0.0
    for c in coeffs:
        r = r * x + c
    return r


ENTRY = "horner"
SAMPLES = [([1.0, -2.0, 3.0], 0.5), ([0.1, 0.2, 0.3, 0.4, 0.5], 0.7)]
CHECKS = [([], 2.0), ([1.0], 1e308), ([1.0 / 3.0, 1.0 / 7.0, 1.0 / 11.0, 1.0 / 13.0], 1.1),
          ([1e-16, 1.0, -1.0, 1e-16], 0.999999999), ([0.5] * 50, -1.0000001)]
