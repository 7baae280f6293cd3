"""Refused: `yield from` a list in a generator that is sent values (CPython passes a non-None sent
value on to the list iterator's send(), which it lacks: AttributeError)."""


def relay(xs):
    got = yield 0
    yield from xs
    yield got


def run(xs):
    g = relay(xs)
    next(g)
    return g.send(5)


ENTRY = "run"
SAMPLES = [([1, 2],)]
EXPECT = "yield from a list[int] in a generator that is sent values"
EXPECT_LINE = 7
