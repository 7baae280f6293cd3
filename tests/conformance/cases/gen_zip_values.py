"""zip() of generators as a value (list(zip(...)), dict(zip(...))): stops at the shortest."""


def evens(n):
    k = 0
    while k < n:
        yield k
        k += 2


def letters(s):
    for ch in s:
        yield ch


def pair_up(n, s):
    pairs = list(zip(evens(n), letters(s)))
    table = dict(zip(letters(s), evens(n)))
    return pairs, sorted(table.items())


ENTRY = "pair_up"
SAMPLES = [(7, "abc"), (0, "xyz")]
CHECKS = [(3, ""), (20, "hello")]
