"""A memoising decorator made with functools.wraps makes an exponential recursion linear (the cache
lives as long as CPython's: made once, when the decorator is applied)."""
import functools


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(n):
        if n in cache:
            return cache[n]
        result = fn(n)
        cache[n] = result
        return result

    return wrapper


@memoize
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run(n):
    return fib(n), [fib(k) for k in range(10)]


ENTRY = "run"
SAMPLES = [(80,), (1,)]
CHECKS = [(90,), (0,)]
