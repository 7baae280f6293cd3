"""Doubly recursive Fibonacci: what a call costs (arguments, the recursion depth check) and
int additions checked for overflow."""


def fib(n: int) -> int:
    if n <= 1:
        return n
    return fib(n - 1) + fib(n - 2)


ARGS = (30,)
SAMPLE = (20,)
ENTRY = fib
