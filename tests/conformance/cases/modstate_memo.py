"""A module-level cache dict used for memoisation: later calls find earlier results."""

CACHE = {}
CALLS = [0]


def fib(n):
    if n in CACHE:
        return CACHE[n]
    CALLS[0] += 1
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    CACHE[n] = result
    return result


def run(n):
    before = CALLS[0]
    value = fib(n)
    return [value, CALLS[0] - before, len(CACHE)]


ENTRY = "run"
SAMPLES = [(10,), (20,), (15,)]
CHECKS = [(0,), (1,), (60,), (30,)]
