"""A bare `yield` produces None; the consumer counts the ticks."""


def ticks(n):
    for _ in range(n):
        yield


def count_ticks(n):
    k = 0
    for t in ticks(n):
        if t is None:
            k += 1
    return k, list(ticks(2))


ENTRY = "count_ticks"
SAMPLES = [(3,), (0,)]
CHECKS = [(1,), (10,)]
