"""Memoisation with functools: @lru_cache(maxsize=None) on a recursive fib (fib(90) finishes only
memoised), @cache on an edit distance over str slices, and a bounded @lru_cache(maxsize=2)
whose evictions (least recently used first) show in a call log."""
import functools
from functools import cache, lru_cache

calls = []


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def edit(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


@lru_cache
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


def memo(n, a, b, xs):
    squares = [square(x) for x in xs]
    return fib(n), edit(a, b), squares, list(calls), ways(n, 5)


ENTRY = "memo"
SAMPLES = [(30, "kitten", "sitting", [1, 2, 1, 3, 2, 1, 1])]
CHECKS = [(0, "", "", []), (90, "flaw", "lawn", [4, 4, 4, 5, 6, 4]), (1, "abc", "", [7, 8, 9, 7])]
