"""Decorators whose wrapper takes *args and **kwargs and calls the wrapped function with f(*args, **kwargs): counters in the closure, keyword arguments passed through, stacked decorators, functools.wraps."""
import functools


def counted(f):
    calls = []

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        calls.append(len(args) * 10 + len(kwargs))
        return f(*args, **kwargs), len(calls)
    return wrapper


def clamp(lo, hi):
    def decorate(f):
        def wrapper(*args):
            return max(lo, min(hi, f(*args)))
        return wrapper
    return decorate


def memo(f):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    return wrapper


@counted
def price(base, qty=1, *, discount=0.0):
    return round(base * qty * (1 - discount), 2)


@clamp(0, 100)
def score(hits, misses):
    return hits * 10 - misses * 5


@memo
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


def shout(*words, sep=" "):
    return sep.join(w.upper() for w in words)


def run(n):
    prices = [price(9.99), price(9.99, n), price(9.99, qty=n), price(9.99, n, discount=0.5),
              price(base=2.5, discount=0.2)]
    scores = [score(n, 1), score(n, 40), score(20, n), ways(n, n)]
    f = shout
    words = [f("a", "b"), f(*("x", "y", "z"), sep="-"), f()]
    return prices, scores, words


ENTRY = "run"
SAMPLES = [(3,), (0,), (12,)]
CHECKS = [(25,), (1,)]
