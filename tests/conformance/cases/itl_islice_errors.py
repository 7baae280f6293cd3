"""islice's checks raise CPython's ValueErrors at the call (caught, and uncaught for a negative
stop); islice consumes exactly what it yields."""

from itertools import islice


def attempt(xs, start, stop, step):
    try:
        return str(list(islice(xs, start, stop, step)))
    except ValueError as e:
        return "ValueError: " + str(e)


def only_stop(xs, stop):
    try:
        return str(list(islice(xs, stop)))
    except ValueError as e:
        return "ValueError: " + str(e)


def consumed(xs, n):
    it = iter_of(xs)
    head = list(islice(it, n))
    return head, list(it)


def iter_of(xs):
    for x in xs:
        yield x


def checks(xs, a, b, c):
    return (attempt(xs, a, b, c), only_stop(xs, b), only_stop(xs, None), consumed(xs, b if b > 0 else 0),
            attempt(xs, None, b, None), attempt(xs, 0, 2.5, 1), uncaught(xs, b))


def uncaught(xs, stop):
    return list(islice(xs, stop))


ENTRY = "checks"
SAMPLES = [([1, 2, 3, 4, 5, 6], 1, 5, 2), ([], 0, 0, 1)]
CHECKS = [([1, 2, 3], -1, 2, 1), ([1, 2, 3], 0, -1, 1), ([1, 2, 3], 0, -3, 1), ([1, 2, 3], 0, 2, 0),
          ([1, 2, 3], 0, 2, -2), ([9, 8, 7], 5, 9, 1), ([9, 8, 7], 1, 100, 100)]
