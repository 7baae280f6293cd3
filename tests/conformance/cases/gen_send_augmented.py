"""yield inside an expression: `total += yield total` (total is read before the yield, as
CPython's evaluation order has it), a yield's value in a comparison and in `n + (yield -1)`,
where next() resuming it gives None and CPython's TypeError."""


def accumulate():
    total = 0
    while True:
        total += yield total


def gated(limit):
    n = 0
    while (yield n) != limit:
        n += 1
    yield n + (yield -1)


def run(xs, limit):
    acc = accumulate()
    out = [next(acc)]
    for x in xs:
        out.append(acc.send(x))
    g = gated(limit)
    steps = [next(g)]
    for k in range(limit + 3):
        try:
            steps.append(g.send(k))
        except StopIteration:
            steps.append(-100)
            break
    h = gated(0)
    next(h)
    h.send(0)
    try:
        next(h)
        error = ""
    except TypeError as e:
        error = str(e)
    return out, steps, error


ENTRY = "run"
SAMPLES = [([1, 2, 3], 2), ([], 0)]
CHECKS = [([10, -10, 5], 1), ([2**40, 2**40], 4)]
