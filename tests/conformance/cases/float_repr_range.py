"""Float repr around the fixed/exponent switch points (1e16, 1e-4, 1e-5) and the double limits."""


def reprs(x):
    return [x * 1e15, x * 1e16, x * 1e-4, x * 1e-5, x * 5e-324, x * 1.7976931348623157e308,
            x * 2.2250738585072014e-308, x * 9007199254740993.0, x + 0.5]


ENTRY = "reprs"
SAMPLES = [(1.0,)]
CHECKS = [(-1.0,), (0.1,), (3.0,), (2.0,), (9.999999999999999,), (0.0,), (-0.0,)]
