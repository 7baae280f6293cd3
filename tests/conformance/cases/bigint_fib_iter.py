"""Iterative Fibonacci: fib(92) is the last that fits in int64; fib(93) and fib(200) are big ints."""


def fib(n):
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


ENTRY = "fib"
SAMPLES = [(200,), (10,)]
CHECKS = [(93,), (92,), (1,), (0,), (94,), (500,), (-5,)]
