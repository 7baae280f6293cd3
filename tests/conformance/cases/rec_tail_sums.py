"""Recursion of the shape `return x + f(...)`, which the compiler turns into a loop with a running
sum (fib's shape, a divide-and-conquer count, `f(n - 1) + 1`, a bool addend): results, the
RecursionError depth and overflow are CPython's. `regroup(3)` is 2**62 in CPython although
2**62 + 2**62 would overflow on the way, in the order the nested additions run; `regroup(2)`
itself leaves 64 bits."""


def fib(n):
    if n <= 1:
        return n
    return fib(n - 1) + fib(n - 2)


def count(lo, hi):
    if lo >= hi:
        return 0
    mid = (lo + hi) // 2
    return 1 + count(lo, mid) + count(mid + 1, hi)


def plus_one(n):
    if n == 0:
        return 0
    return plus_one(n - 1) + 1


def evens(n):
    if n < 0:
        return 0
    return (n % 2 == 0) + evens(n - 1)


def regroup(n):
    if n == 0:
        return 0
    step = 2**62 if n <= 2 else -2**62 if n == 3 else 0
    return step + regroup(n - 1)


def run(kind, n):
    if kind == "fib":
        return fib(n)
    if kind == "count":
        return count(0, n)
    if kind == "plus_one":
        return plus_one(n)
    if kind == "evens":
        return evens(n)
    return regroup(n)


ENTRY = "run"
SAMPLES = [("fib", 10), ("count", 10)]
CHECKS = [("fib", 0), ("fib", 1), ("fib", 2), ("fib", 20), ("fib", -5),
          ("count", 0), ("count", 1), ("count", 1000),
          ("plus_one", 0), ("plus_one", 400), ("plus_one", 100000),
          ("evens", -1), ("evens", 0), ("evens", 7), ("evens", 400), ("evens", 100000),
          ("regroup", 0), ("regroup", 1), ("regroup", 2), ("regroup", 3), ("regroup", 4), ("regroup", 400)]
