"""send() to a generator that has not started: a non-None value raises CPython's TypeError (and
the generator stays unstarted: next() then runs it from the top); send(None) is next()."""


def counter(start):
    n = start
    while True:
        step = yield n
        if step is None:
            step = 1
        n += step


def run(start, mode):
    g = counter(start)
    if mode == "none":
        first = g.send(None)
        return [first, g.send(5), next(g), g.send(-2)]
    if mode == "caught":
        try:
            g.send(3)
        except TypeError as e:
            return [str(e), next(g), g.send(10)]
        return []
    return [g.send(7)]


ENTRY = "run"
SAMPLES = [(0, "none"), (1, "caught")]
CHECKS = [(5, "raise"), (-4, "none"), (100, "caught")]
