"""Kahan compensated summation: any reassociation or FMA changes the result."""


def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    naive = 0.0
    for x in xs:
        naive += x
    return s, naive, c


ENTRY = "kahan"
SAMPLES = [([0.1, 0.2, 0.3, 0.4],), ([1e16, 1.0, -1e16],)]
CHECKS = [([],), ([1.0, 1e-16, 1e-16, 1e-16, 1e-16],), ([0.1] * 1000,),
          ([1e308, 1e308, -1e308],)]
