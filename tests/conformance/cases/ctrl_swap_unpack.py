"""Tuple assignment evaluates the right side first: a, b = b, a + b."""


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


ENTRY = "fib_iter"
SAMPLES = [(10,)]
CHECKS = [(0,), (1,), (91,), (93,)]  # fib(92) needs fib(93), past 64 bits, as an intermediate
