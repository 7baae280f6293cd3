"""zip() of an endless generator (itertools.count, a user generator) with a str or a range, in a
comprehension and a for loop: the str's characters are taken one per round, as CPython's zip."""
import itertools


def naturals(start):
    while True:
        yield start
        start += 1


def pairs(n, text):
    a = [p for p in zip(itertools.count(n), text)]
    b = []
    for i, r in zip(naturals(n), range(n % 4)):
        b.append(i * r)
    c = ["%s%d" % (ch, k) for k, ch in zip(itertools.count(), text[::-1])]
    return [a, b, c]


ENTRY = "pairs"
SAMPLES = [(3, "abc")]
CHECKS = [(0, ""), (7, "é-ß"), (-2, "xy")]
