"""An infinite Fibonacci stream and an itertools-free take(): the generator is never exhausted."""


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(g, n):
    out = []
    for x in g:
        if len(out) >= n:
            break
        out.append(x)
    return out


def first_fibs(n):
    return take(fib(), n)


ENTRY = "first_fibs"
SAMPLES = [(10,), (0,)]
CHECKS = [(1,), (50,), (80,)]
