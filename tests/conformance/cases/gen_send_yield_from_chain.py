"""yield from chained twice in a generator that is sent values: each sent value reaches the
innermost generator, its return value comes back through `r = yield from ...`."""


def deep():
    got = yield 0
    while got is not None:
        got = yield got * 3
    return "done"


def middle():
    r = yield from deep()
    yield len(r)


def top():
    a = yield from middle()
    return a


def run(xs):
    g = top()
    out = [next(g)]
    for x in xs:
        out.append(g.send(x))
    out.append(next(g))
    try:
        next(g)
    except StopIteration as e:
        out.append(-1)
    return out


ENTRY = "run"
SAMPLES = [([1, 2],)]
CHECKS = [([],), ([7],)]
