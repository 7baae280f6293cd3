"""Out of scope: cache_info() of an lru_cache function (its counters live in the wrapper)."""
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def stats(n):
    fib(n)
    info = fib.cache_info()
    return info.hits, info.misses


ENTRY = "stats"
SAMPLES = [(10,)]
EXPECT = "cache_info"
EXPECT_LINE = 12
