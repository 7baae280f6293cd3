"""`return value` in a generator: the StopIteration value, as `yield from` and next() see it."""


def averager(xs):
    total = 0
    count = 0
    for x in xs:
        total += x
        count += 1
        yield total
    if count == 0:
        return -1
    return total // count


def report(xs):
    running = []
    result = yield from averager(xs)
    yield result * 100


def run(xs, mode):
    if mode == "list":
        return list(report(xs))
    g = averager(xs)
    for _ in range(len(xs)):
        next(g)
    return [next(g)]


ENTRY = "run"
SAMPLES = [([1, 2, 6], "list"), ([], "list")]
CHECKS = [([4], "list"), ([1, 2, 6], "next"), ([], "next"), ([5, 5], "next")]
