"""send() after the generator finished: StopIteration, caught in the function; its str() is the
return value the first time, empty after; an uncaught one propagates as CPython's."""


def two_then_total():
    total = 0
    got = yield 1
    total += got
    got = yield 2
    total += got
    return total


def run(a, b, mode):
    g = two_then_total()
    out = [next(g), g.send(a)]
    try:
        g.send(b)
    except StopIteration as e:
        out.append("stop:" + str(e))
    try:
        g.send(b)
    except StopIteration as e:
        out.append("again:" + str(e))
    if mode == "uncaught":
        out.append(g.send(1))
    return out


ENTRY = "run"
SAMPLES = [(3, 4, "caught"), (0, 0, "caught")]
CHECKS = [(10, -10, "caught"), (1, 2, "uncaught"), (-5, 7, "caught")]
