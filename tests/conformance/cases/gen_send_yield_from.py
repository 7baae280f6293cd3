"""yield from a generator in a generator that is sent values: each sent value goes on to the
inner generator (CPython's SEND), whose return value is the yield from's value; the outer one
mixes its own value yields with the delegation."""


def inner(scale):
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x * scale


def outer(scale):
    first = yield -1
    sub = yield from inner(scale)
    last = yield sub
    yield (first, last)


def run(xs, scale):
    g = outer(scale)
    out = [next(g), g.send(0)]
    for x in xs:
        out.append(g.send(x))
    out.append(next(g))
    out.append(g.send(99))
    return out


ENTRY = "run"
SAMPLES = [([1, 2, 3], 2), ([], 1)]
CHECKS = [([5], -1), ([10, 20], 3)]
