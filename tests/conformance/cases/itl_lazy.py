"""When things happen: product and combinations copy their input at the call (a generator is
drained, later changes to a list are not seen), accumulate and groupby call their function only
as items are asked for, and an exception from it arrives at that item."""

from itertools import accumulate, combinations, groupby, islice, product


def logged(xs, log):
    for x in xs:
        log.append(x)
        yield x


def copies(xs):
    log = []
    pairs = product(logged(xs, log), [0, 1])
    at_call = list(log)
    combos = combinations(xs, 2)
    xs.append(99)
    window = islice(xs, 1, None)
    xs.append(100)
    return at_call, list(pairs), list(combos), list(window)


def steps(xs):
    log = []

    def add(a, b):
        log.append((a, b))
        return a + b

    totals = accumulate(xs, add)
    first = next(totals, -1)
    seen = len(log)
    rest = list(totals)
    return first, seen, rest, log, next(totals, -1)


def inverse_runs(xs):
    out = []
    try:
        for key, group in groupby(xs, key=lambda x: 12 // x):
            out.append((key, len(list(group))))
    except ZeroDivisionError as e:
        return out, str(e)
    return out, "ok"


def halves(xs):
    got = []
    try:
        for total in accumulate(xs, lambda a, b: a // b):
            got.append(total)
    except ZeroDivisionError as e:
        return got, "ZeroDivisionError: " + str(e)
    return got, ""


def lazy(xs):
    return copies(list(xs)), steps(xs), inverse_runs(xs), halves(xs)


ENTRY = "lazy"
SAMPLES = [([6, 4, 4, 3, 0, 2],), ([],)]
CHECKS = [([1],), ([12, 6, 6, 1, 1, 1],), ([0, 5],), ([7, 7, 0, 2],)]
