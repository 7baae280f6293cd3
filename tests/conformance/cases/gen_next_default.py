"""next(g) and next(g, default): partial consumption, then resumption where it stopped."""


def squares(n):
    for i in range(n):
        yield i * i


def probe(n):
    g = squares(n)
    a = next(g, -1)
    b = next(g, -1)
    rest = list(g)
    after = next(g, -2)
    return [a, b, after] + rest


ENTRY = "probe"
SAMPLES = [(5,), (0,)]
CHECKS = [(1,), (2,), (3,)]
