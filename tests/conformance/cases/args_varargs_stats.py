"""*args of numbers: len, indexing, iteration and sum over the extra positional arguments."""


def stats(*xs):
    if not xs:
        return (0, 0.0)
    total = 0.0
    for x in xs:
        total += x
    return (len(xs), total / len(xs))


def spread(first, *rest):
    return max(rest) - first if rest else 0.0


def run(a, b, c):
    return [stats(a), stats(a, b), stats(a, b, c), stats(), stats(c, c, c, c), spread(a), spread(a, b, c),
            spread(c, b)]


ENTRY = "run"
SAMPLES = [(1.0, 2.5, -3.0), (0.0, 0.0, 0.0)]
CHECKS = [(1e308, 1e308, 1.0), (-0.5, 2.0, 7.25)]
