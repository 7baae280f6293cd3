"""A generator recursing through `yield from` past the recursion limit raises RecursionError."""


def down(n):
    if n > 0:
        yield from down(n - 1)
    yield n


def total(n):
    try:
        return sum(down(n))
    except RecursionError:
        return -1


ENTRY = "total"
SAMPLES = [(300,), (0,)]
CHECKS = [(900,), (5000,)]
