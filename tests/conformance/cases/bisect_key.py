"""bisect with key= (3.10+): the key is called on the probed items only, never on x for bisect
(insort calls it on x once); records found by a field, lo/hi with key=, the ValueError."""
import bisect


class Reading:
    def __init__(self, t, value):
        self.t = t
        self.value = value


def at_or_before(readings, t):
    i = bisect.bisect_right(readings, t, key=lambda r: r.t)
    return readings[i - 1].value if i else None


def probe_count(xs, x):
    calls = []

    def key(v):
        calls.append(v)
        return -v

    i = bisect.bisect_left(xs, -x, key=key)
    return i, len(calls)


def lookup(times, values, query):
    readings = [Reading(t, v) for t, v in zip(times, values)]
    found = [at_or_before(readings, q) for q in query]
    rows = [(t, v) for t, v in zip(times, values)]
    bisect.insort(rows, (4, 40), key=lambda r: r[0])
    bisect.insort_left(rows, (4, 41), key=lambda r: r[0])
    first = bisect.bisect_left(rows, 4, key=lambda r: r[0])
    desc = sorted(values, reverse=True)
    count = probe_count(desc, 5)
    bounded = bisect.bisect_right(times, 3, 1, 3, key=lambda t: t * 1)
    try:
        bisect.bisect_left(rows, 1, lo=-2, key=lambda r: r[0])
        err = "none"
    except ValueError as e:
        err = str(e)
    return found, rows, first, count, bounded, err


ENTRY = "lookup"
SAMPLES = [([1, 3, 3, 7, 9], [10, 30, 31, 70, 90], [0, 1, 3, 8, 100])]
CHECKS = [([], [], [5]), ([2], [5], [1, 2, 3]), ([1, 2, 3, 4, 5, 6, 7, 8], [8, 7, 6, 5, 4, 3, 2, 1], [4, 9])]
