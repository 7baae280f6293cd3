"""send() inside a for loop over the same generator: each send() takes an item the loop then
skips; the values sent are floats and ints (a dynamic yield value), one of them None."""


def numbers(n):
    k = 0
    extra = 0
    while k < n:
        got = yield k + extra
        if got is not None:
            extra += got
        k += 1


def step(g, value):
    try:
        return g.send(value)
    except StopIteration:
        return "stop"


def run(n, bump):
    g = numbers(n)
    seen = []
    for x in g:
        seen.append(x)
        if x % 2 == 0:
            seen.append(step(g, bump))
        elif x % 3 == 0:
            seen.append(step(g, None))
        else:
            seen.append(step(g, 0.5))
    return seen


ENTRY = "run"
SAMPLES = [(5, 1), (0, 2)]
CHECKS = [(7, 3), (4, -1), (9, 0)]
