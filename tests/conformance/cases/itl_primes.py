"""islice over count(): the first n primes, every third square, a window of a stream."""

from itertools import count, islice


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True


def primes():
    for n in count(2):
        if is_prime(n):
            yield n


def first_primes(n):
    return list(islice(primes(), n))


def squares(start, stop, step):
    return list(islice((k * k for k in count()), start, stop, step))


def window(xs, start, stop):
    return list(islice(xs, start, stop)), list(islice(xs, None)), list(islice(xs, start, None))


def stream(n):
    return first_primes(n), squares(1, 20, 3), window(list(range(n)), 2, max(n - 1, 0)), list(islice("abcdef", 1, None, 2))


ENTRY = "stream"
SAMPLES = [(10,), (0,)]
CHECKS = [(1,), (25,), (3,)]
