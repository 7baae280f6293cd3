"""Format specs with nested replacement fields: width, precision and fill computed at runtime."""


def table(values, width, prec):
    rows = []
    for i, v in enumerate(values):
        rows.append(f"{i:>{width}}|{v:{width}.{prec}f}|{v:^{width + 2}.{prec}e}")
    return rows


ENTRY = "table"
SAMPLES = [([1.5, -22.25, 3.125], 8, 2), ([0.001], 4, 0)]
CHECKS = [([], 5, 1), ([123456.0], 1, 3), ([2.5, 3.5], 6, 0)]
