"""Generators of two functions meeting in one variable (and a list) share what is sent to them:
both get `int | None` yields; `(yield)` with no value yields None and gets the sent value."""


def g1():
    x = yield 1
    yield x * 2


def g2():
    y = yield 10
    yield y + 5


def bare():
    seen = []
    while len(seen) < 3:
        item = (yield)
        seen.append(item)
    yield str(seen)


def run(n, flag):
    g = g1() if flag else g2()
    gens = [g]
    next(gens[0])
    b = bare()
    next(b)
    got = [b.send(n), next(b), b.send(n * 2)]
    return gens[0].send(n), got


ENTRY = "run"
SAMPLES = [(3, True), (3, False)]
CHECKS = [(0, True), (-2, False)]
