"""str()/repr() of floats: shortest round-trip digits, 1e+16, -0.0, inf, nan, 1e-05."""


def show(x, y):
    s = x + y
    return [str(x), repr(y), str(s), str(x * 1e16), str(-0.0 * x), str(x * 1e308 * 10),
            str(x * 1e308 * 10 - x * 1e308 * 10), str(1e-5 * x), str(float(int(x * 100)))]


ENTRY = "show"
SAMPLES = [(0.1, 0.2), (1.0, 2.5)]
CHECKS = [(-1.5, 0.0), (123456789.125, 1e-7), (3.0, 1e15), (1e16, 1e21), (2.0, -2.0)]
