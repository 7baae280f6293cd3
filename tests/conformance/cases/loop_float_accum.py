"""Float accumulation in loops must match CPython bit for bit (no reassociation, no FMA)."""


def accum(n, step):
    s = 0.0
    for i in range(n):
        s += step
    h = 0.0
    for k in range(1, n + 1):
        h += 1.0 / (k * k)
    p = 1.0
    for k in range(n):
        p = p * 1.0001 + step * 0.5
    return s, h, p


ENTRY = "accum"
SAMPLES = [(10, 0.1), (3, 1e16)]
CHECKS = [(0, 0.1), (1000, 0.1), (100000, 0.001), (7, -0.3), (20000, 1e-7)]
