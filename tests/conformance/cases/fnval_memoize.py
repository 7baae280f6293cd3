"""A memoising decorator: the cache is a dict in the decorator's closure."""


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return wrapper


@memoize
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


def run(n):
    return [ways(k) for k in range(n)]


ENTRY = "run"
SAMPLES = [(10,), (0,)]
CHECKS = [(16,)]
