"""Doubly recursive Fibonacci."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


ENTRY = "fib"
SAMPLES = [(10,), (1,)]
CHECKS = [(0,), (2,), (-5,), (20,), (24,)]
