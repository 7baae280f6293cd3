"""pow(a, b) with two int or two float args, matching ** including its errors."""


def pows(a, b, x, y):
    return pow(x, y), pow(a, b)


ENTRY = "pows"
SAMPLES = [(3, 4, 2.0, 0.5), (-2, 5, 9.0, -0.5)]
CHECKS = [(0, 0, 0.0, 0.0), (10, 18, -2.0, 3.0), (2, 63, 1.0, 1.0), (7, 1, 0.0, -2.0),
          (1, 1, 1e10, 100.0)]
