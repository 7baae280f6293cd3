"""takewhile/dropwhile on sorted data, filterfalse: the predicate runs on exactly the items
CPython's does (a log shows it), and a predicate's exception propagates."""

from itertools import dropwhile, filterfalse, takewhile


def below(limit, log):
    def test(x):
        log.append(x)
        return x < limit
    return test


def split_sorted(xs, limit):
    log = []
    low = list(takewhile(below(limit, log), sorted(xs)))
    seen = list(log)
    high = list(dropwhile(below(limit, log), sorted(xs)))
    return low, high, seen, log


def odd_ones(xs):
    return list(filterfalse(lambda x: x % 2 == 0, xs)), list(filterfalse(None, [x - 3 for x in xs]))


def ratios(xs):
    try:
        return list(takewhile(lambda x: 10 // x > 1, xs)), ""
    except ZeroDivisionError as e:
        return [], str(e)


def scan(xs, limit):
    return split_sorted(xs, limit), odd_ones(xs), ratios(xs)


ENTRY = "scan"
SAMPLES = [([5, 1, 9, 3, 7, 2], 4), ([], 0)]
CHECKS = [([1, 2, 3], 10), ([4, 0, 2], 3), ([8, 6, 0, 1], 7)]
