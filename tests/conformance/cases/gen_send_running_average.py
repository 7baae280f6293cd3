"""A running-average coroutine: primed with next(), then fed with send(); each yield gives the
average so far and receives the next number (None after next(), a float after send())."""


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def run(xs):
    avg = averager()
    next(avg)
    out = []
    for x in xs:
        out.append(avg.send(x))
    return out


ENTRY = "run"
SAMPLES = [([10.0, 20.0, 60.0],), ([],)]
CHECKS = [([1.5],), ([3.0, -3.0, 0.25, 1e300, 1e300],), ([0.1, 0.2, 0.3],)]
