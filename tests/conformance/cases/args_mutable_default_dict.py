"""A dict default used as a cache on purpose (memo={}), shared across calls and entry calls."""


def fib(n, memo={}):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result


def cached_count(memo={}):
    return len(memo)


def run(n):
    return [fib(n), fib(n // 2), cached_count()]


ENTRY = "run"
SAMPLES = [(10,), (30,)]
CHECKS = [(0,), (1,), (90,)]
